import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CriterionEditor } from "../criterion-editor";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("editor.titles"))("addCriterion") };
}

export default function NewCriterionPage() {
  return <CriterionEditor slug={null} />;
}
