import type { Metadata } from "next";
import { Suspense } from "react";
import { getTranslations } from "next-intl/server";
import { currentLanguage } from "@/i18n/current-language";
import { localiseActor, localiseCategory, localiseCriterion, localiseFramework, localisePreset } from "@/lib/i18n/localise-vocabulary";
import { InclusivenessView } from "@/components/inclusiveness/inclusiveness-view";
import { ChartSource } from "@/components/charts/chart-source";
import { sourceLine } from "@/lib/charts/standalone-svg";
import { listSources } from "@/lib/server/sources/list-sources";
import { listActors } from "@/lib/server/actors/list-actors";
import { listCategories } from "@/lib/server/criteria/list-categories";
import { listCriteria } from "@/lib/server/criteria/list-criteria";
import { listFrameworks } from "@/lib/server/frameworks/list-frameworks";
import { listPresets } from "@/lib/server/scenarios/list-presets";
import { listSavedScenarios } from "@/lib/server/scenarios/scenario-store";
import { fromReadModel } from "@/lib/server/page-data";
import { compareMatrix } from "@/lib/compare/compare-matrix";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("inclusiveness"))("metaTitle") };
}

export default async function InclusivenessPage() {
  const [frameworks, criteria, categories, presets, scenarios, actors, sources] = await Promise.all([
    fromReadModel("frameworks", listFrameworks),
    fromReadModel("criteria", listCriteria),
    fromReadModel("categories", listCategories),
    listPresets(),
    listSavedScenarios(),
    fromReadModel("actors", listActors),
    fromReadModel("sources", listSources),
  ]);
  const [t, language] = await Promise.all([getTranslations("inclusiveness"), currentLanguage()]);
  const code = (chunks: React.ReactNode) => <code>{chunks}</code>;
  const strong = (chunks: React.ReactNode) => <strong>{chunks}</strong>;
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lede">{t("lede")}</p>
      <section className="formula" aria-labelledby="formula-heading">
        <h2 id="formula-heading">{t("formulaHeading")}</h2>
        <p>{t.rich("formula", { littoral: 8, powers: 5, strong, code })}</p>
      </section>
      <Suspense fallback={<p>{t("loading")}</p>}>
        <ChartSource line={sourceLine(sources)}>
          <InclusivenessView
            frameworks={frameworks.map((f) => localiseFramework(f, language))}
            criteria={criteria.map((c) => localiseCriterion(c, language))}
            matrix={compareMatrix(frameworks, criteria)}
            categories={categories.map((c) => localiseCategory(c, language))}
            presets={presets.map((p) => localisePreset(p, language))}
            sources={sources}
            scenarios={scenarios}
            actors={actors.map((a) => localiseActor(a, language))}
          />
        </ChartSource>
      </Suspense>
    </>
  );
}
