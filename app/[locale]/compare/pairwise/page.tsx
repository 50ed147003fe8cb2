import type { Metadata } from "next";
import { Suspense } from "react";
import { PairwiseQuestionnaire } from "@/components/pairwise/pairwise-questionnaire";
import { resolveWeights } from "@/lib/scoring/effective-weights";
import { listCategories } from "@/lib/server/criteria/list-categories";
import { listCriteria } from "@/lib/server/criteria/list-criteria";
import { fromReadModel } from "@/lib/server/page-data";
import { listPresets } from "@/lib/server/scenarios/list-presets";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Weigh by pairwise comparison" };

/** The equal preset, which /compare falls back to without a preset in its link. */
const EQUAL_PRESET = "equal";

export default async function PairwisePage() {
  const [criteria, categories, presets] = await Promise.all([
    fromReadModel("criteria", listCriteria),
    fromReadModel("categories", listCategories),
    listPresets(),
  ]);
  const equal = resolveWeights(
    criteria,
    categories.map((c) => c.slug),
    presets.find((p) => p.slug === EQUAL_PRESET),
    { criterion: {}, category: {} },
  );
  return (
    <>
      <h1>Weigh by pairwise comparison</h1>
      <p className="lede">
        Rather than setting weights directly, say for each pair which matters more and how much, on Saaty&apos;s scale from 1 (equally important) to 9
        (extremely more important). The analytic hierarchy process turns the answers into weights: first the categories, then the criteria within each. The
        consistency ratio shows whether the answers agree with one another; below 0.10 they do.
      </p>
      <Suspense fallback={<p>Loading the questionnaire…</p>}>
        <PairwiseQuestionnaire
          categories={categories.map(({ slug, name }) => ({ slug, name }))}
          criteria={criteria.map(({ slug, name, category }) => ({ slug, name, category }))}
          equal={equal}
        />
      </Suspense>
    </>
  );
}
