"use client";

import { memo } from "react";
import { Bar, BarChart, CartesianGrid, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { Criterion } from "@/lib/domain/criterion";
import type { Comparison } from "@/lib/compare/build-comparison";
import { formatScore } from "@/lib/compare/format";
import { ChartFrame } from "./chart-frame";

const SHOWN = 12;

type Props = { criteria: Criterion[]; tornado: Comparison["tornado"]; leaderName: string };

/** One-way sensitivity: the leader's margin when each criterion is dropped and when its weight is doubled. */
export const TornadoChart = memo(function TornadoChart({ criteria, tornado, leaderName }: Props) {
  const names = new Map(criteria.map((c) => [c.slug, c.name]));
  const bars = tornado.slice(0, SHOWN).map((b) => ({
    name: names.get(b.slug) ?? b.slug,
    range: [Math.min(b.dropped, b.doubled), Math.max(b.dropped, b.doubled)] as [number, number],
    dropped: b.dropped,
    doubled: b.doubled,
  }));
  return (
    <ChartFrame
      id="tornado"
      downloadName="sensitivity-tornado"
      legend={[{ label: `${leaderName}'s margin, from the criterion dropped to its weight doubled`, colour: "#0072b2" }]}
      title={`How much each weight matters to ${leaderName}'s lead`}
      reading={`${leaderName}'s margin over the runner-up when a criterion is dropped (weight 0) or its weight doubled, the ${SHOWN} widest swings first; left of zero, ${leaderName} loses first place.`}
      table={() => (
        <table className="plain small">
          <thead>
            <tr>
              <th scope="col">Criterion</th>
              <th scope="col">Margin if dropped</th>
              <th scope="col">Margin if doubled</th>
            </tr>
          </thead>
          <tbody>
            {tornado.map((b) => (
              <tr key={b.slug}>
                <th scope="row">{names.get(b.slug)}</th>
                <td>{formatScore(b.dropped)}</td>
                <td>{formatScore(b.doubled)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    >
      <ResponsiveContainer width="100%" height={80 + 28 * bars.length}>
        <BarChart data={bars} layout="vertical" margin={{ left: 8, right: 16, bottom: 22 }} accessibilityLayer={false}>
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis
            type="number"
            tickFormatter={(v: number) => v.toFixed(2)}
            label={{ value: `${leaderName}'s margin over the runner-up`, position: "bottom", offset: 4 }}
          />
          <YAxis type="category" dataKey="name" width={190} tick={{ fontSize: 11 }} />
          <ReferenceLine x={0} stroke="#1b2330" />
          <Tooltip
            formatter={(_value, _name, item) => {
              const p = item.payload as (typeof bars)[number];
              return [`dropped ${formatScore(p.dropped)} · doubled ${formatScore(p.doubled)}`, "Margin"];
            }}
            wrapperStyle={{ fontSize: "0.8rem" }}
          />
          <Bar dataKey="range" fill="#0072b2" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
});
