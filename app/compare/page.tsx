import type { Metadata } from "next";
import { Suspense } from "react";
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

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Compare and weight" };

export default async function ComparePage() {
  const [{ frameworks, criteria, matrix }, categories, presets, scenarios, session, sources] = await Promise.all([
    fromReadModel("compare-data", loadCompareData),
    fromReadModel("categories", listCategories),
    listPresets(),
    listScenarios(),
    currentSession(),
    fromReadModel("sources", listSources),
  ]);
  const saved = scenarios.filter((s) => !s.preset);
  const updatable = saved.filter((s) => mayChangeScenario(s, session)).map(({ slug, title, rationale, version }) => ({ slug, title, rationale, version }));
  return (
    <>
      <h1>Compare and weight</h1>
      <p className="lede">
        The frameworks side by side on every criterion. Weight what matters to you, or take a stakeholder&apos;s perspective, and the ranking, each
        criterion&apos;s contribution and the weights at which the leader would change follow at once. Every setting is in the address bar: copy it to share
        this view.
      </p>
      <Suspense fallback={<p>Loading the comparison…</p>}>
        <ChartSource line={sourceLine(sources)}>
          <CompareView
            frameworks={frameworks}
            criteria={criteria}
            matrix={matrix}
            categories={categories}
            presets={presets}
            sources={sources}
            scenarioSlugs={saved.map((s) => s.slug)}
            updatable={updatable}
            canSave={isWriter(session)}
          />
        </ChartSource>
      </Suspense>
    </>
  );
}
