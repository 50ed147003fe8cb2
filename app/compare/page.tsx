import type { Metadata } from "next";
import { Suspense } from "react";
import { CompareView } from "@/components/compare/compare-view";
import { listCategories } from "@/lib/server/criteria/list-categories";
import { listCriteria } from "@/lib/server/criteria/list-criteria";
import { listFrameworks } from "@/lib/server/frameworks/list-frameworks";
import { listPresets } from "@/lib/server/scenarios/list-presets";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Compare and weight" };

export default async function ComparePage() {
  const [frameworks, criteria, categories, presets] = await Promise.all([listFrameworks(), listCriteria(), listCategories(), listPresets()]);
  return (
    <>
      <h1>Compare and weight</h1>
      <p className="lede">
        The frameworks side by side on every criterion. Weight what matters to you, or take a stakeholder&apos;s
        perspective, and the ranking, each criterion&apos;s contribution and the weights at which the leader would change
        follow at once. Every setting is in the address bar: copy it to share this view.
      </p>
      <Suspense fallback={<p>Loading the comparison…</p>}>
        <CompareView frameworks={frameworks} criteria={criteria} categories={categories} presets={presets} />
      </Suspense>
    </>
  );
}
