import type { Metadata } from "next";
import { Suspense } from "react";
import { getTranslations } from "next-intl/server";
import { CompareView } from "@/components/compare/compare-view";
import { ChartSource } from "@/components/charts/chart-source";
import { sourceLine } from "@/lib/charts/standalone-svg";
import { listSources } from "@/lib/server/sources/list-sources";
import { listCategories } from "@/lib/server/criteria/list-categories";
import { loadCompareData } from "@/lib/server/frameworks/compare-data";
import { currentSession, isWriter } from "@/lib/server/auth/current-session";
import { listPresets } from "@/lib/server/scenarios/list-presets";
import { listScenarios, mayChangeScenario } from "@/lib/server/scenarios/scenario-store";
import { fromReadModel } from "@/lib/server/page-data";
import { scenarioBase } from "@/lib/domain/scenario";
import { currentLanguage } from "@/i18n/current-language";
import { localiseCategory, localiseCriterion, localiseFramework, localisePreset } from "@/lib/i18n/localise-vocabulary";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("compare"))("title") };
}

export default async function ComparePage() {
  const [{ frameworks, criteria, matrix }, categories, presets, scenarios, session, sources] = await Promise.all([
    fromReadModel("compare-data", loadCompareData),
    fromReadModel("categories", listCategories),
    listPresets(),
    listScenarios(),
    currentSession(),
    fromReadModel("sources", listSources),
  ]);
  const t = await getTranslations("compare");
  const language = await currentLanguage();
  const saved = scenarios.filter((s) => !s.preset);
  const updatable = saved.filter((s) => mayChangeScenario(s, session)).map(({ slug, title, rationale, version }) => ({ slug, title, rationale, version }));
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lede">{t("lede")}</p>
      <Suspense fallback={<p>{t("loading")}</p>}>
        <ChartSource line={sourceLine(sources)}>
          <CompareView
            frameworks={frameworks.map((f) => localiseFramework(f, language))}
            criteria={criteria.map((c) => localiseCriterion(c, language))}
            matrix={matrix}
            categories={categories.map((c) => localiseCategory(c, language))}
            presets={presets.map((p) => localisePreset(p, language))}
            sources={sources}
            scenarios={saved.map(scenarioBase)}
            updatable={updatable}
            canSave={isWriter(session)}
          />
        </ChartSource>
      </Suspense>
    </>
  );
}
