"use client";

import { memo, useMemo } from "react";
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { Category, Criterion } from "@/lib/domain/criterion";
import { categoryColour } from "@/lib/compare/category-colours";
import { formatSliderValue } from "@/lib/compare/describe-flips";
import { formatScore } from "@/lib/compare/format";
import type { WeightSweep, SweepTarget } from "@/lib/compare/weight-sweep";
import { ChartFrame } from "./chart-frame";
import { SwatchLegend } from "./swatch-legend";

/** Lines drawn: the best this many now, and every framework that takes the lead somewhere on the slider. */
const MAX_LINES = 8;
const DASHES = ["", "6 3", "2 3", "8 3 2 3"];

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
  const nameOf = (slug: string) => names.get(slug) ?? slug;
  const targetName =
    target.kind === "criterion"
      ? (criteria.find((c) => c.slug === target.slug)?.name ?? target.slug)
      : `${categories.find((c) => c.slug === target.slug)?.name ?? target.slug} (category)`;
  const shown = useMemo(() => {
    const leaders = new Set(sweep?.crossovers.flatMap((c) => [c.from, c.to]) ?? []);
    return [...new Set([...order.slice(0, MAX_LINES), ...leaders])];
  }, [sweep, order]);
  const data = useMemo(() => {
    const column = new Map(slugs.map((s, i) => [s, i]));
    return (sweep?.points ?? []).map((p) => ({ x: p.x, ...Object.fromEntries(shown.map((s) => [s, p.scores[column.get(s)!]!])) }));
  }, [sweep, shown, slugs]);
  const crossings = sweep?.crossovers ?? [];
  const reading = !sweep
    ? `This slider moves nothing now (it, or everything else, is weighted 0), so there is no line to draw.`
    : crossings.length
      ? `Each line is a framework's score as the ${targetName} slider goes from 0 to 100, the other weights as they are; the lead changes hands at ${crossings.map((c) => `${formatSliderValue(c.at)} (${nameOf(c.to)})`).join(", ")}. The dashed line marks the slider now (${formatSliderValue(sweep.current)}).`
      : `Each line is a framework's score as the ${targetName} slider goes from 0 to 100, the other weights as they are; ${nameOf(order[0] ?? "")} leads along the whole slider.`;
  const legend = shown.map((s, i) => ({ label: nameOf(s), colour: categoryColour(i) }));
  return (
    <div className="sweep">
      <label className="small sweep__target">
        Score against the weight of{" "}
        <select
          value={`${target.kind}:${target.slug}`}
          onChange={(e) => {
            const [kind, slug] = e.target.value.split(":") as [SweepTarget["kind"], string];
            onTarget({ kind, slug });
          }}
        >
          {categories.map((cat) => (
            <optgroup key={cat.slug} label={cat.name}>
              <option value={`category:${cat.slug}`}>{cat.name} (category)</option>
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
        title={`Score against the weight of ${targetName}`}
        reading={reading}
        legend={legend}
        table={() => (
          <table className="plain small">
            <thead>
              <tr>
                <th scope="col">Slider</th>
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
                    <th scope="row">{d.x}</th>
                    {shown.map((s) => (
                      <td key={s}>{formatScore((d as Record<string, number>)[s] ?? 0)}</td>
                    ))}
                  </tr>
                ))}
            </tbody>
          </table>
        )}
      >
        <ResponsiveContainer width="100%" height={240}>
          <LineChart data={data} margin={{ top: 18, right: 12, bottom: 22, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis
              type="number"
              dataKey="x"
              domain={[0, 100]}
              ticks={[0, 25, 50, 75, 100]}
              label={{ value: `${targetName} (slider)`, position: "bottom", offset: 4 }}
            />
            <YAxis tickFormatter={(v: number) => v.toFixed(2)} width={44} domain={["auto", "auto"]} />
            {sweep && <ReferenceLine x={sweep.current} stroke="#1b2330" strokeDasharray="4 4" />}
            {crossings.map((c) => (
              <ReferenceLine key={`${c.at}-${c.to}`} x={c.at} stroke="#d55e00" label={{ value: nameOf(c.to), position: "top", fontSize: 10 }} />
            ))}
            <Tooltip
              formatter={(v) => (typeof v === "number" ? formatScore(v) : String(v))}
              labelFormatter={(x) => `Slider at ${x}`}
              wrapperStyle={{ fontSize: "0.8rem" }}
            />
            {shown.map((s, i) => (
              <Line
                key={s}
                type="monotone"
                dataKey={s}
                name={nameOf(s)}
                stroke={categoryColour(i)}
                strokeDasharray={DASHES[Math.floor(i / 8) % DASHES.length]}
                dot={false}
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
        <SwatchLegend items={legend} hidden />
      </ChartFrame>
    </div>
  );
});
