import type { Metadata } from "next";
import { CriterionEditor } from "../criterion-editor";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Add a criterion" };

export default function NewCriterionPage() {
  return <CriterionEditor slug={null} />;
}
