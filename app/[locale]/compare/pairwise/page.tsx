import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { PairwiseQuestionnaire } from "@/components/pairwise/pairwise-questionnaire";
import { currentLanguage } from "@/i18n/current-language";
import { localiseCategory, localiseCriterion } from "@/lib/i18n/localise-vocabulary";
import { resolveWeights } from "@/lib/scoring/effective-weights";
import { CONSISTENT_BELOW } from "@/lib/scoring/ahp";
import { listCategories } from "@/lib/server/criteria/list-categories";
import { listCriteria } from "@/lib/server/criteria/list-criteria";
import { fromReadModel } from "@/lib/server/page-data";
import { listPresets } from "@/lib/server/scenarios/list-presets";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("pairwise"))("title") };
}

/** The equal preset, which /compare falls back to without a preset in its link. */
const EQUAL_PRESET = "equal";

export default async function PairwisePage() {
  const [criteria, categories, presets, language, t] = await Promise.all([
    fromReadModel("criteria", listCriteria),
    fromReadModel("categories", listCategories),
    listPresets(),
    currentLanguage(),
    getTranslations("pairwise"),
  ]);
  const equal = resolveWeights(
    criteria,
    categories.map((c) => c.slug),
    presets.find((p) => p.slug === EQUAL_PRESET),
    { criterion: {}, category: {} },
  );
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lede">{t("lede", { low: 1, high: 9, limit: CONSISTENT_BELOW })}</p>
      <Suspense fallback={<p>{t("loading")}</p>}>
        <PairwiseQuestionnaire
          categories={categories.map((c) => localiseCategory(c, language)).map(({ slug, name }) => ({ slug, name }))}
          criteria={criteria.map((c) => localiseCriterion(c, language)).map(({ slug, name, category }) => ({ slug, name, category }))}
          equal={equal}
        />
      </Suspense>
    </>
  );
}
