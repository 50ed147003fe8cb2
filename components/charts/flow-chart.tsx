"use client";

import { memo } from "react";
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ReferenceLine, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from "recharts";
import type { Comparison, RankedFramework } from "@/lib/compare/build-comparison";
import { formatScore } from "@/lib/compare/format";
import { ChartFrame } from "./chart-frame";

const MAX_BARS = 20;
const POINT = "#0072b2";
const BEHIND = "#d55e00";

type Props = {
  names: ReadonlyMap<string, string>;
  ranking: RankedFramework[];
  flows: NonNullable<Comparison["flows"]>;
};

/**
 * PROMETHEE II's flows: each framework's positive flow (how much it outranks the others)
 * against its negative flow (how much they outrank it), best at the bottom right, and the net
 * flow, their difference, that ranks them.
 */
export const FlowChart = memo(function FlowChart({ names, ranking, flows }: Props) {
  const nameOf = (slug: string) => names.get(slug) ?? slug;
  const points = ranking.map((r) => ({ name: nameOf(r.slug), positive: flows[r.slug]!.positive, negative: flows[r.slug]!.negative }));
  const bars = ranking.slice(0, MAX_BARS).map((r) => ({ name: nameOf(r.slug), net: r.score }));
  const top = Math.max(0.05, ...points.map((p) => Math.max(p.positive, p.negative)));
  const extent = Math.max(0.05, ...bars.map((b) => Math.abs(b.net)));
  return (
    <ChartFrame
      id="flows"
      downloadName="promethee-flows"
      title="Outranking flows (PROMETHEE II)"
      legend={[
        { label: "A framework's flows; net flow above zero", colour: POINT },
        { label: "Net flow below zero", colour: BEHIND },
      ]}
      reading={`Left: how much each framework outranks the others (φ+, across) against how much they outrank it (φ−, up); the lower right is best. Right: the net flow φ+ − φ− that ranks them${ranking.length > MAX_BARS ? `, the ${MAX_BARS} best drawn` : ""}.`}
      table={() => (
        <table className="plain small">
          <thead>
            <tr>
              <th scope="col">Rank</th>
              <th scope="col">Framework</th>
              <th scope="col">Positive flow φ+</th>
              <th scope="col">Negative flow φ−</th>
              <th scope="col">Net flow φ</th>
            </tr>
          </thead>
          <tbody>
            {ranking.map((r) => (
              <tr key={r.slug}>
                <td>{r.rank}</td>
                <th scope="row">{nameOf(r.slug)}</th>
                <td>{formatScore(flows[r.slug]!.positive)}</td>
                <td>{formatScore(flows[r.slug]!.negative)}</td>
                <td>{formatScore(r.score)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    >
      <div className="flow-chart">
        <div data-panel-title="Positive against negative flow">
          <ResponsiveContainer width="100%" height={300}>
            <ScatterChart margin={{ top: 20, right: 24, bottom: 30, left: 4 }} accessibilityLayer={false}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis
                type="number"
                dataKey="positive"
                name="φ+"
                domain={[0, top]}
                tickFormatter={(v: number) => v.toFixed(2)}
                label={{ value: "φ+ outranks the others", position: "bottom", offset: 10 }}
              />
              <YAxis
                type="number"
                dataKey="negative"
                name="φ−"
                domain={[0, top]}
                tickFormatter={(v: number) => v.toFixed(2)}
                label={{ value: "φ− outranked", angle: -90, position: "insideLeft" }}
                width={56}
              />
              <Tooltip
                formatter={(value: unknown, name: unknown) => [formatScore(typeof value === "number" ? value : 0), String(name)]}
                wrapperStyle={{ fontSize: "0.8rem" }}
              />
              <Scatter data={points} fill={POINT} isAnimationActive={false}>
                <LabelList dataKey="name" position="top" offset={8} fontSize={11} fill="#1b2330" />
              </Scatter>
            </ScatterChart>
          </ResponsiveContainer>
        </div>
        <div data-panel-title="Net flow">
          <ResponsiveContainer width="100%" height={70 + 34 * bars.length}>
            <BarChart data={bars} layout="vertical" margin={{ left: 8, right: 16, bottom: 22 }} accessibilityLayer={false}>
              <CartesianGrid horizontal={false} strokeDasharray="3 3" />
              <XAxis
                type="number"
                domain={[-extent, extent]}
                tickFormatter={(v: number) => v.toFixed(2)}
                label={{ value: "Net flow φ = φ+ − φ−", position: "bottom", offset: 4 }}
              />
              <YAxis type="category" dataKey="name" width={110} interval={0} />
              <ReferenceLine x={0} stroke="#1b2330" />
              <Tooltip formatter={(value: unknown) => [formatScore(typeof value === "number" ? value : 0), "Net flow"]} wrapperStyle={{ fontSize: "0.8rem" }} />
              <Bar dataKey="net" isAnimationActive={false} fill={POINT}>
                {/* Below zero a framework is outranked more than it outranks. */}
                {bars.map((b) => (
                  <Cell key={b.name} fill={b.net < 0 ? BEHIND : POINT} />
                ))}
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        </div>
      </div>
    </ChartFrame>
  );
});
