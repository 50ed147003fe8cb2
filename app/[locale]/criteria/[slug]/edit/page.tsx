import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { CriterionEditor } from "../../criterion-editor";
import { slugSchema } from "@/lib/domain/vocabulary";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("editor.titles"))("editCriterion") };
}

export default async function EditCriterionPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  if (!slugSchema.safeParse(slug).success) notFound();
  return <CriterionEditor slug={slug} />;
}
