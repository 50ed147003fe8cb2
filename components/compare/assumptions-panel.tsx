"use client";

import { memo, useState } from "react";
import type { Criterion } from "@/lib/domain/criterion";
import type { FrameworkLabel } from "@/lib/domain/framework";
import { formatValue } from "@/lib/domain/labels";
import type { Assumption } from "@/lib/compare/assumptions";
import type { CellIndex } from "@/lib/compare/cell-index";

type Props = {
  frameworks: FrameworkLabel[];
  /** Every framework's values (the silent cells are those without one). */
  cells: CellIndex;
  criteria: Criterion[];
  assumptions: Assumption[];
  onChange: (framework: string, criterion: string, value: number | null) => void;
};

/** The cells of these frameworks where the source gives no value, by framework. */
function silentCells(frameworks: readonly FrameworkLabel[], cells: CellIndex, criteria: readonly Criterion[]): Map<string, Criterion[]> {
  return new Map(
    frameworks.map((f) => {
      const row = cells.row(f.slug);
      return [f.slug, criteria.filter((c) => cells.value(row, cells.column(c.slug)) === null)];
    }),
  );
}

/**
 * The analyst's own values: for a cell where the source is silent, a value on the criterion's
 * scale that holds for this view only (it lives in the link) and is marked as an assumption
 * in the matrix, the ranking and every export; the data is never changed.
 */
export const AssumptionsPanel = memo(function AssumptionsPanel({ frameworks, cells, criteria, assumptions, onChange }: Props) {
  const silent = silentCells(frameworks, cells, criteria);
  const withSilence = frameworks.filter((f) => (silent.get(f.slug)?.length ?? 0) > 0);
  const [framework, setFramework] = useState("");
  const [criterion, setCriterion] = useState("");
  const [value, setValue] = useState("");
  const f = withSilence.find((x) => x.slug === framework) ?? withSilence[0];
  const options = f ? (silent.get(f.slug) ?? []) : [];
  const c = options.find((x) => x.slug === criterion) ?? options[0];
  const number = Number(value);
  const valid = c !== undefined && value.trim() !== "" && Number.isInteger(number) && number >= c.scale.min && number <= c.scale.max;
  const nameOf = (slug: string) => frameworks.find((x) => x.slug === slug)?.shortName ?? slug;
  const criterionOf = (slug: string) => criteria.find((x) => x.slug === slug);
  return (
    <section className="panel assumptions" aria-labelledby="assumptions-heading">
      <h2 id="assumptions-heading">Your own values</h2>
      <p className="small muted">
        Where the source is silent you may assume a value for this view only. It lives in the link, is marked as your assumption in the matrix, the ranking and
        every download, and never changes the data.
      </p>
      {assumptions.length > 0 && (
        <ul className="assumptions__list" aria-label="Your assumptions">
          {assumptions.map((a) => {
            const crit = criterionOf(a.criterion);
            return (
              <li key={`${a.framework}.${a.criterion}`}>
                <span>
                  <strong>{nameOf(a.framework)}</strong> on {crit?.name ?? a.criterion}: {crit ? formatValue(a.value, crit.scale.min) : a.value}{" "}
                  <span className="assumed-badge">your assumption</span>
                </span>
                <button
                  type="button"
                  onClick={() => onChange(a.framework, a.criterion, null)}
                  aria-label={`Remove your value for ${nameOf(a.framework)} on ${crit?.name ?? a.criterion}`}
                >
                  Remove
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {withSilence.length === 0 ? (
        <p className="small">The source gives a value in every cell of these frameworks.</p>
      ) : (
        <form
          className="assumptions__form"
          onSubmit={(e) => {
            e.preventDefault();
            if (valid && f && c) {
              onChange(f.slug, c.slug, number);
              setValue("");
            }
          }}
        >
          <label className="small">
            Framework
            <select value={f?.slug ?? ""} onChange={(e) => setFramework(e.target.value)}>
              {withSilence.map((x) => (
                <option key={x.slug} value={x.slug}>
                  {x.shortName} ({silent.get(x.slug)!.length} silent)
                </option>
              ))}
            </select>
          </label>
          <label className="small">
            Criterion where the source is silent
            <select value={c?.slug ?? ""} onChange={(e) => setCriterion(e.target.value)}>
              {options.map((x) => (
                <option key={x.slug} value={x.slug}>
                  {x.name}
                </option>
              ))}
            </select>
          </label>
          <label className="small">
            Your value{c ? ` (${c.scale.min} to ${c.scale.max})` : ""}
            <input type="number" step={1} min={c?.scale.min} max={c?.scale.max} value={value} onChange={(e) => setValue(e.target.value)} required />
          </label>
          <button type="submit" disabled={!valid}>
            Assume this value
          </button>
        </form>
      )}
    </section>
  );
});
