"use client";

import type { Criterion } from "@/lib/domain/criterion";
import type { Preset } from "@/lib/domain/preset";
import { useTranslations } from "next-intl";
import { useDescribeValueFunction } from "./value-function-control";

/**
 * Where a stakeholder preset holds the other end of a criterion good (or values its points its
 * own way), each with its reason: shown wherever the preset is, so its ranking can be read.
 */
export function PresetValueFunctions({
  preset,
  criteria,
}: {
  preset: Pick<Preset, "title" | "valueFunctions">;
  criteria: readonly Pick<Criterion, "slug" | "name">[];
}) {
  const t = useTranslations("valueFunction");
  const inWords = useDescribeValueFunction();
  const entries = Object.entries(preset.valueFunctions ?? {});
  if (entries.length === 0) return null;
  const nameOf = new Map(criteria.map((c) => [c.slug, c.name]));
  return (
    <details className="small preset-values" data-testid="preset-value-functions">
      <summary>{t.rich("presetSummary", { preset: preset.title, count: entries.length, name: (c) => <bdi>{c}</bdi> })}</summary>
      <ul>
        {entries.map(([slug, f]) => (
          <li key={slug}>
            {t.rich("presetItem", { criterion: nameOf.get(slug) ?? slug, function: inWords(f), strong: (c) => <strong dir="auto">{c}</strong> })}{" "}
            <span className="muted" dir="auto">
              {f.rationale}
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
