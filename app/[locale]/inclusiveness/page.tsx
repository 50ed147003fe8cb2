import type { Metadata } from "next";
import { Suspense } from "react";
import { InclusivenessView } from "@/components/inclusiveness/inclusiveness-view";
import { ChartSource } from "@/components/charts/chart-source";
import { sourceLine } from "@/lib/charts/standalone-svg";
import { listSources } from "@/lib/server/sources/list-sources";
import { listActors } from "@/lib/server/actors/list-actors";
import { listCategories } from "@/lib/server/criteria/list-categories";
import { listCriteria } from "@/lib/server/criteria/list-criteria";
import { listFrameworks } from "@/lib/server/frameworks/list-frameworks";
import { listPresets } from "@/lib/server/scenarios/list-presets";
import { listSavedScenarioSlugs } from "@/lib/server/scenarios/scenario-store";
import { fromReadModel } from "@/lib/server/page-data";
import { compareMatrix } from "@/lib/compare/compare-matrix";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Inclusiveness" };

export default async function InclusivenessPage() {
  const [frameworks, criteria, categories, presets, scenarioSlugs, actors, sources] = await Promise.all([
    fromReadModel("frameworks", listFrameworks),
    fromReadModel("criteria", listCriteria),
    fromReadModel("categories", listCategories),
    listPresets(),
    listSavedScenarioSlugs(),
    fromReadModel("actors", listActors),
    fromReadModel("sources", listSources),
  ]);
  return (
    <>
      <h1>Who is in, who is watching, who is left out</h1>
      <p className="lede">
        The source&apos;s central distinction is between inclusive frameworks that take in both shores of the Gulf and exclusive blocs formed against Iran.
        These charts draw it from the roles and assessments, each with its table and its sources.
      </p>
      <section className="formula" aria-labelledby="formula-heading">
        <h2 id="formula-heading">How the inclusiveness index is computed</h2>
        <p>
          <strong>Littoral share</strong> = littoral states that are leader, core or member ÷ the 8 littoral states (Iran, Iraq, Saudi Arabia, the UAE, Qatar,
          Kuwait, Bahrain, Oman). <strong>World-power share</strong> = world powers that are leader, core, member, observer or mediator ÷ the 5 world powers the
          source names (China, the EU, India, Russia, the United States). A mediator, like an observer, is engaged but not inside: it counts for the world
          powers, not for the littoral share. An actor without a role counts as outside. Both come from the roles, never typed in (
          <code>lib/inclusiveness/inclusiveness-index.ts</code>).
        </p>
      </section>
      <Suspense fallback={<p>Loading the charts…</p>}>
        <ChartSource line={sourceLine(sources)}>
          <InclusivenessView
            frameworks={frameworks}
            criteria={criteria}
            matrix={compareMatrix(frameworks, criteria)}
            categories={categories}
            presets={presets}
            sources={sources}
            scenarioSlugs={scenarioSlugs}
            actors={actors}
          />
        </ChartSource>
      </Suspense>
    </>
  );
}
