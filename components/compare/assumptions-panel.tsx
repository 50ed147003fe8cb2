"use client";

import { useTranslations } from "next-intl";
import { memo, useState } from "react";
import type { Criterion } from "@/lib/domain/criterion";
import type { FrameworkLabel } from "@/lib/domain/framework";
import { useIsolate } from "@/components/i18n/use-isolate";
import { useNumberFormat } from "@/components/i18n/use-number-format";
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
  const t = useTranslations("assumptions");
  const format = useNumberFormat();
  const isolate = useIsolate();
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
      <h2 id="assumptions-heading">{t("heading")}</h2>
      <p className="small muted">{t("explanation")}</p>
      {assumptions.length > 0 && (
        <ul className="assumptions__list" aria-label={t("list")}>
          {assumptions.map((a) => {
            const crit = criterionOf(a.criterion);
            return (
              <li key={`${a.framework}.${a.criterion}`}>
                <span>
                  {t.rich("item", {
                    framework: nameOf(a.framework),
                    criterion: crit?.name ?? a.criterion,
                    value: crit ? format.value(a.value, crit.scale.min) : format.value(a.value, 0),
                    strong: (c) => <strong dir="auto">{c}</strong>,
                    name: (c) => <bdi>{c}</bdi>,
                  })}{" "}
                  <span className="assumed-badge">{t("badge")}</span>
                </span>
                <button
                  type="button"
                  onClick={() => onChange(a.framework, a.criterion, null)}
                  aria-label={t("removeLabel", { framework: isolate(nameOf(a.framework)), criterion: isolate(crit?.name ?? a.criterion) })}
                >
                  {t("remove")}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {withSilence.length === 0 ? (
        <p className="small">{t("noSilence")}</p>
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
            {t("framework")}
            <select autoComplete="off" value={f?.slug ?? ""} onChange={(e) => setFramework(e.target.value)}>
              {withSilence.map((x) => (
                <option key={x.slug} value={x.slug}>
                  {t("silentCount", { name: x.shortName, count: silent.get(x.slug)!.length })}
                </option>
              ))}
            </select>
          </label>
          <label className="small">
            {t("criterion")}
            <select autoComplete="off" value={c?.slug ?? ""} onChange={(e) => setCriterion(e.target.value)}>
              {options.map((x) => (
                <option key={x.slug} value={x.slug}>
                  {x.name}
                </option>
              ))}
            </select>
          </label>
          <label className="small">
            {c ? t("valueOnScale", { min: c.scale.min, max: c.scale.max }) : t("value")}
            <input
              autoComplete="off"
              type="number"
              step={1}
              min={c?.scale.min}
              max={c?.scale.max}
              value={value}
              onChange={(e) => setValue(e.target.value)}
              required
            />
          </label>
          <button type="submit" disabled={!valid}>
            {t("assume")}
          </button>
        </form>
      )}
    </section>
  );
});
