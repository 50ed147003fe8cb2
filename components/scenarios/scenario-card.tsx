import { useTranslations } from "next-intl";
import Link from "@/components/i18n/link";
import { UntranslatedMark } from "@/components/i18n/untranslated-mark";
import { useIsolate } from "@/components/i18n/use-isolate";
import { PresetValueFunctions } from "@/components/weights/preset-value-functions";
import type { Criterion } from "@/lib/domain/criterion";
import type { Scenario } from "@/lib/domain/scenario";
import type { LocalisedPreset } from "@/lib/i18n/localise-vocabulary";
import { scenarioQuery } from "@/lib/import/scenario-query";
import { DeleteScenario, DuplicateScenario } from "./scenario-actions";
import { ScenarioEditForm } from "./scenario-edit-form";

type Props = {
  scenario: Scenario;
  /** The stakeholder preset it is, if it is one: its title, rationale and value functions in the page's language. */
  preset?: Pick<LocalisedPreset, "title" | "rationale" | "valueFunctions" | "untranslated">;
  criteria: readonly Pick<Criterion, "slug" | "name">[];
  canWrite: boolean;
  mayChange: boolean;
};

/**
 * One scenario on the scenarios page: its title and rationale as written (their own direction),
 * a preset's in the page's language (marked where still English), the link to its ranking and
 * what the reader may do with it.
 */
export function ScenarioCard({ scenario: s, preset, criteria, canWrite, mayChange }: Props) {
  const t = useTranslations("scenarios");
  const isolate = useIsolate();
  const query = scenarioQuery(s);
  // The shown words; the edit form and the API keep the scenario's own.
  const shown = preset ?? { title: s.title, rationale: s.rationale };
  return (
    <article className="card" aria-labelledby={`scenario-${s.slug}`}>
      <h2 id={`scenario-${s.slug}`}>
        <bdi>{shown.title}</bdi>
        {preset && <UntranslatedMark entity={preset} field="title" />}
      </h2>
      <p className="card__meta">
        {s.preset ? t("presetMeta", { version: s.version }) : t.rich("savedMeta", { author: s.author ?? "", version: s.version, name: (c) => <bdi>{c}</bdi> })}
      </p>
      <p className="card__summary" dir="auto">
        {shown.rationale}
        {preset && <UntranslatedMark entity={preset} field="rationale" />}
      </p>
      {s.preset && <PresetValueFunctions preset={preset ?? { title: s.title }} criteria={criteria} />}
      <p>
        <Link href={`/compare${query ? `?${query}` : ""}`} aria-label={t("openLabel", { title: isolate(shown.title) })}>
          {t("open")}
        </Link>
      </p>
      {canWrite && (
        <p>
          <DuplicateScenario slug={s.slug} title={shown.title} />
        </p>
      )}
      {mayChange && (
        <div className="scenario-changes">
          <ScenarioEditForm scenario={s} />
          <DeleteScenario slug={s.slug} title={shown.title} version={s.version} />
        </div>
      )}
    </article>
  );
}
