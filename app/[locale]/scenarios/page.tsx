import type { Metadata } from "next";
import Link from "@/components/i18n/link";
import { DeleteScenario, DuplicateScenario } from "@/components/scenarios/scenario-actions";
import { ScenarioEditForm } from "@/components/scenarios/scenario-edit-form";
import { PresetValueFunctions } from "@/components/weights/preset-value-functions";
import { scenarioQuery } from "@/lib/import/scenario-query";
import { currentSession, isWriter } from "@/lib/server/auth/current-session";
import { listCriteria } from "@/lib/server/criteria/list-criteria";
import { listPresets } from "@/lib/server/scenarios/list-presets";
import { listScenarios, mayChangeScenario } from "@/lib/server/scenarios/scenario-store";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Scenarios" };

export default async function ScenariosPage() {
  const [scenarios, session, presets, criteria] = await Promise.all([listScenarios(), currentSession(), listPresets(), listCriteria()]);
  const canWrite = isWriter(session);
  return (
    <>
      <h1>Scenarios</h1>
      <p className="lede">
        Named weight profiles: the stakeholder presets, and the views editors have saved from the compare page. Open one to see its ranking; duplicate it to
        make it your own; edit, update or delete the ones you saved.
      </p>
      <div className="card-grid">
        {scenarios.map((s) => {
          const query = scenarioQuery(s);
          const mayChange = mayChangeScenario(s, session);
          return (
            <article key={s.slug} className="card" aria-labelledby={`scenario-${s.slug}`}>
              <h2 id={`scenario-${s.slug}`}>{s.title}</h2>
              <p className="card__meta">
                {s.preset ? "Stakeholder preset" : `Saved by ${s.author}`} · version {s.version}
              </p>
              <p className="card__summary">{s.rationale}</p>
              {s.preset && <PresetValueFunctions preset={presets.find((p) => p.slug === s.slug) ?? { title: s.title }} criteria={criteria} />}
              <p>
                <Link href={`/compare${query ? `?${query}` : ""}`} aria-label={`Open ${s.title} in the compare view`}>
                  Open in the compare view
                </Link>
              </p>
              {canWrite && (
                <p>
                  <DuplicateScenario slug={s.slug} title={s.title} />
                </p>
              )}
              {mayChange && (
                <div className="scenario-changes">
                  <ScenarioEditForm scenario={s} />
                  <DeleteScenario slug={s.slug} title={s.title} version={s.version} />
                </div>
              )}
            </article>
          );
        })}
      </div>
    </>
  );
}
