"use client";

import type { Criterion } from "@/lib/domain/criterion";
import { type LocalisedPreset, presetRationaleField } from "@/lib/i18n/localise-vocabulary";
import { useTranslations } from "next-intl";
import { UntranslatedMark } from "@/components/i18n/untranslated-mark";
import { usePresetTitle } from "./use-preset-title";
import { useDescribeValueFunction } from "./value-function-control";

/**
 * Where a stakeholder preset holds the other end of a criterion good (or values its points its
 * own way), each with its reason: shown wherever the preset is, so its ranking can be read. Its
 * title and reasons in the page's language (localisePreset), marked where still English.
 */
export function PresetValueFunctions({
  preset,
  criteria,
}: {
  preset: Pick<LocalisedPreset, "title" | "valueFunctions" | "untranslated">;
  criteria: readonly Pick<Criterion, "slug" | "name">[];
}) {
  const t = useTranslations("valueFunction");
  const inWords = useDescribeValueFunction();
  const presetTitle = usePresetTitle();
  const entries = Object.entries(preset.valueFunctions ?? {});
  if (entries.length === 0) return null;
  const nameOf = new Map(criteria.map((c) => [c.slug, c.name]));
  return (
    <details className="small preset-values" data-testid="preset-value-functions">
      <summary>{t.rich("presetSummary", { preset: presetTitle(preset), count: entries.length, name: (c) => <bdi>{c}</bdi> })}</summary>
      <ul>
        {entries.map(([slug, f]) => (
          <li key={slug}>
            {t.rich("presetItem", { criterion: nameOf.get(slug) ?? slug, function: inWords(f), strong: (c) => <strong dir="auto">{c}</strong> })}{" "}
            <span className="muted" dir="auto">
              {f.rationale}
              <UntranslatedMark entity={preset} field={presetRationaleField(slug)} />
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
