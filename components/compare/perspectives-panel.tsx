"use client";

import { memo } from "react";
import type { Preset } from "@/lib/domain/preset";
import { METHOD_LABELS, MISSING_LABELS } from "@/lib/compare/method-labels";
import { rankSpread, type Perspective } from "@/lib/compare/perspectives";
import { methodOf } from "@/lib/scoring/methods/registry";

type Props = {
  names: ReadonlyMap<string, string>;
  /** Framework slugs in the view's ranking order. */
  order: string[];
  presets: Preset[];
  presetColumns: Perspective[];
  methodColumns: Perspective[];
};

const SHORT_MISSING = { mean: "missing = mean", worst: "missing = worst", best: "missing = best" } as const;

/** Who leads under each perspective, in words: one name when the lead is robust, else the count for each. */
function leadSummary(columns: readonly Perspective[], nameOf: (slug: string) => string): string {
  const leads = new Map<string, number>();
  for (const c of columns) for (const [slug, rank] of Object.entries(c.ranks ?? {})) if (rank === 1) leads.set(slug, (leads.get(slug) ?? 0) + 1);
  const ranked = [...leads].sort((a, b) => b[1] - a[1]);
  const counted = columns.filter((c) => c.ranks).length;
  if (ranked.length === 1) return `${nameOf(ranked[0]![0])} leads under every one of the ${counted} perspectives: the lead is robust.`;
  return `The lead depends on the perspective: ${ranked.map(([slug, n]) => `${nameOf(slug)} leads in ${n} of ${counted}`).join(", ")}.`;
}

/**
 * Each framework's rank under every preset (with this view's method and policy) and under this
 * view's weights with each method and missing-value policy, so what is robust and what depends
 * on the method shows at once.
 */
export const PerspectivesPanel = memo(function PerspectivesPanel({ names, order, presets, presetColumns, methodColumns }: Props) {
  const nameOf = (slug: string) => names.get(slug) ?? slug;
  const title = new Map(presets.map((p) => [p.slug, p.title]));
  const columns = [...presetColumns, ...methodColumns];
  const spread = rankSpread(order, columns);
  const cell = (c: Perspective, slug: string) => {
    const rank = c.ranks?.[slug];
    return (
      <td key={c.key} className={`perspectives__rank${rank === 1 ? " perspectives__rank--first" : ""}${c.current ? " perspectives__rank--current" : ""}`}>
        {rank ?? "–"}
      </td>
    );
  };
  const head = (c: Perspective, text: string, detail: string) => (
    <th key={c.key} scope="col" className={c.current ? "perspectives__current" : undefined} title={detail}>
      {text}
      {c.current && <span className="visually-hidden"> (this view)</span>}
    </th>
  );
  return (
    <section className="panel perspectives" aria-label="Ranks under every preset and method">
      <h2 id="perspectives-heading">Perspectives</h2>
      <p className="small">{leadSummary(columns, nameOf)}</p>
      <p className="small muted">
        Each framework&apos;s rank under every preset (with this view&apos;s method and missing-value policy), and under this view&apos;s weights with each
        method and policy. First places are shaded; the column of this view is outlined.
      </p>
      <div className="table-wrap perspectives__frame" role="region" aria-label="Ranks under each preset, method and policy" tabIndex={0}>
        <table className="plain perspectives__table">
          <thead>
            <tr>
              <th scope="col" rowSpan={2}>
                Framework
              </th>
              <th scope="colgroup" colSpan={presetColumns.length}>
                Presets
              </th>
              <th scope="colgroup" colSpan={methodColumns.length}>
                This view&apos;s weights
              </th>
              <th scope="col" rowSpan={2}>
                Ranks
              </th>
            </tr>
            <tr>
              {presetColumns.map((c) =>
                head(c, title.get(c.preset!) ?? c.preset!, `${title.get(c.preset!)}: ${METHOD_LABELS[c.method]}, ${MISSING_LABELS[c.missing]}`),
              )}
              {methodColumns.map((c) =>
                head(
                  c,
                  `${methodOf(c.method).shortLabel}, ${SHORT_MISSING[c.missing]}`,
                  `${METHOD_LABELS[c.method]}; missing values: ${MISSING_LABELS[c.missing]}`,
                ),
              )}
            </tr>
          </thead>
          <tbody>
            {order.map((slug) => {
              const s = spread[slug]!;
              return (
                <tr key={slug}>
                  <th scope="row">{nameOf(slug)}</th>
                  {presetColumns.map((c) => cell(c, slug))}
                  {methodColumns.map((c) => cell(c, slug))}
                  <td className="perspectives__spread">{s.best === s.worst ? `always ${s.best}` : `${s.best} to ${s.worst}`}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
});
