"use client";

import { useFormatter, useTranslations } from "next-intl";
import { memo, useMemo } from "react";
import type { Category, Criterion } from "@/lib/domain/criterion";
import { numberAxis } from "@/lib/charts/number-axis";
import { categoryColour } from "@/lib/compare/category-colours";
import { sliderPosition } from "@/lib/compare/describe-flips";
import { useIsolate } from "@/components/i18n/use-isolate";
import { useNumberFormat } from "@/components/i18n/use-number-format";
import type { WeightSweep, SweepTarget } from "@/lib/compare/weight-sweep";
import { ChartFrame } from "./chart-frame";
import { SweepPlot } from "./sweep-plot";
import { SwatchLegend } from "./swatch-legend";

/** Lines drawn: the best this many now, and every framework that takes the lead somewhere on the slider. */
const MAX_LINES = 8;
const DRAWN_STEP = 2;

type Props = {
  sweep: WeightSweep | null;
  target: SweepTarget;
  /** Framework slugs in score order now (the sweep's scores are in `slugs` order). */
  order: string[];
  slugs: string[];
  names: ReadonlyMap<string, string>;
  criteria: Criterion[];
  categories: Category[];
  onTarget: (target: SweepTarget) => void;
};

/** Every framework's score as one slider moves from 0 to 100, with the positions where the lead changes hands. */
export const WeightSweepChart = memo(function WeightSweepChart({ sweep, target, order, slugs, names, criteria, categories, onTarget }: Props) {
  const t = useTranslations("charts.sweep");
  const tWeights = useTranslations("weights");
  const format = useFormatter();
  const { score, integer } = useNumberFormat();
  const isolate = useIsolate();
  const nameOf = (slug: string) => names.get(slug) ?? slug;
  const targetName =
    target.kind === "criterion"
      ? (criteria.find((c) => c.slug === target.slug)?.name ?? target.slug)
      : tWeights("categorySlider", { category: categories.find((c) => c.slug === target.slug)?.name ?? target.slug });
  const shown = useMemo(() => {
    const leaders = new Set(sweep?.crossovers.flatMap((c) => [c.from, c.to]) ?? []);
    return [...new Set([...order.slice(0, MAX_LINES), ...leaders])];
  }, [sweep, order]);
  const data = useMemo(() => {
    const column = new Map(slugs.map((s, i) => [s, i]));
    return (sweep?.points ?? []).map((p) => ({ x: p.x, ...Object.fromEntries(shown.map((s) => [s, p.scores[column.get(s)!]!])) }));
  }, [sweep, shown, slugs]);
  // Every other step is drawn: the curves are smooth and the crossovers are marked exactly, and half the points halve the chart's work after a weight change.
  const drawn = useMemo(() => data.filter((d) => d.x % DRAWN_STEP === 0), [data]);
  const yAxis = useMemo(() => numberAxis(drawn.flatMap((d) => shown.map((s) => (d as Record<string, number>)[s]!))), [drawn, shown]);
  const crossings = sweep?.crossovers ?? [];
  const along = { target: isolate(targetName), from: 0, to: 100 };
  const reading = !sweep
    ? t("readingNone")
    : crossings.length
      ? t("readingCrossings", {
          ...along,
          crossings: format.list(
            crossings.map((c) => t("crossing", { at: sliderPosition(c.at), name: isolate(nameOf(c.to)) })),
            { type: "unit" },
          ),
          now: sliderPosition(sweep.current),
        })
      : t("readingSteady", { ...along, leader: isolate(nameOf(order[0] ?? "")) });
  const legend = shown.map((s, i) => ({ label: nameOf(s), colour: categoryColour(i) }));
  return (
    <div className="sweep">
      <label className="small sweep__target">
        {t("against")}{" "}
        <select
          autoComplete="off"
          value={`${target.kind}:${target.slug}`}
          onChange={(e) => {
            const [kind, slug] = e.target.value.split(":") as [SweepTarget["kind"], string];
            onTarget({ kind, slug });
          }}
        >
          {categories.map((cat) => (
            <optgroup key={cat.slug} label={cat.name}>
              <option value={`category:${cat.slug}`}>{tWeights("categorySlider", { category: cat.name })}</option>
              {criteria
                .filter((c) => c.category === cat.slug)
                .map((c) => (
                  <option key={c.slug} value={`criterion:${c.slug}`}>
                    {c.name}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
      </label>
      <ChartFrame
        id="sweep"
        downloadName="score-against-weight"
        title={t("title", { target: isolate(targetName) })}
        reading={reading}
        legend={legend}
        table={() => (
          <table className="plain small">
            <thead>
              <tr>
                <th scope="col">{t("slider")}</th>
                {shown.map((s) => (
                  <th key={s} scope="col">
                    {nameOf(s)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data
                .filter((d) => d.x % 10 === 0)
                .map((d) => (
                  <tr key={d.x}>
                    <th scope="row">{integer(d.x)}</th>
                    {shown.map((s) => (
                      <td key={s}>{score((d as Record<string, number>)[s] ?? 0)}</td>
                    ))}
                  </tr>
                ))}
            </tbody>
          </table>
        )}
      >
        <SweepPlot
          drawn={drawn}
          shown={shown}
          yAxis={yAxis}
          current={sweep?.current ?? null}
          crossings={crossings}
          nameOf={nameOf}
          axisLabel={t("axis", { target: targetName })}
          sliderAt={(x) => t("sliderAt", { x })}
        />
        <SwatchLegend items={legend} hidden />
      </ChartFrame>
    </div>
  );
});
