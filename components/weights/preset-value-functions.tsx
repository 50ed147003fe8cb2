import type { Criterion } from "@/lib/domain/criterion";
import type { Preset } from "@/lib/domain/preset";
import { describeValueFunction } from "@/lib/scoring/value-function";

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
  const entries = Object.entries(preset.valueFunctions ?? {});
  if (entries.length === 0) return null;
  const nameOf = new Map(criteria.map((c) => [c.slug, c.name]));
  return (
    <details className="small preset-values" data-testid="preset-value-functions">
      <summary>
        What {preset.title} holds good, unlike the criterion&apos;s own direction: {entries.length} criteri{entries.length === 1 ? "on" : "a"}, with the reasons
      </summary>
      <ul>
        {entries.map(([slug, f]) => (
          <li key={slug}>
            <strong>{nameOf.get(slug) ?? slug}</strong>: {describeValueFunction(f)}. <span className="muted">{f.rationale}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
