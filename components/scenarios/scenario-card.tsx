import { useTranslations } from "next-intl";
import Link from "@/components/i18n/link";
import { useIsolate } from "@/components/i18n/use-isolate";
import { PresetValueFunctions } from "@/components/weights/preset-value-functions";
import type { Criterion } from "@/lib/domain/criterion";
import type { Preset } from "@/lib/domain/preset";
import type { Scenario } from "@/lib/domain/scenario";
import { scenarioQuery } from "@/lib/import/scenario-query";
import { DeleteScenario, DuplicateScenario } from "./scenario-actions";
import { ScenarioEditForm } from "./scenario-edit-form";

type Props = {
  scenario: Scenario;
  /** The stakeholder preset it is, if it is one (for its value functions). */
  preset?: Pick<Preset, "title" | "valueFunctions">;
  criteria: readonly Pick<Criterion, "slug" | "name">[];
  canWrite: boolean;
  mayChange: boolean;
};

/** One scenario on the scenarios page: its title and rationale as written (their own direction), the link to its ranking and what the reader may do with it. */
export function ScenarioCard({ scenario: s, preset, criteria, canWrite, mayChange }: Props) {
  const t = useTranslations("scenarios");
  const isolate = useIsolate();
  const query = scenarioQuery(s);
  return (
    <article className="card" aria-labelledby={`scenario-${s.slug}`}>
      <h2 id={`scenario-${s.slug}`}>
        <bdi>{s.title}</bdi>
      </h2>
      <p className="card__meta">
        {s.preset ? t("presetMeta", { version: s.version }) : t.rich("savedMeta", { author: s.author ?? "", version: s.version, name: (c) => <bdi>{c}</bdi> })}
      </p>
      <p className="card__summary" dir="auto">
        {s.rationale}
      </p>
      {s.preset && <PresetValueFunctions preset={preset ?? { title: s.title }} criteria={criteria} />}
      <p>
        <Link href={`/compare${query ? `?${query}` : ""}`} aria-label={t("openLabel", { title: isolate(s.title) })}>
          {t("open")}
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
}
