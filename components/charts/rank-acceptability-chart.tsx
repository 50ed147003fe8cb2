"use client";

import { memo } from "react";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatPercent } from "@/lib/compare/format";
import { rankAcceptabilityRows, rankBands } from "@/lib/compare/rank-acceptability-summary";
import { ChartFrame } from "./chart-frame";
import { SwatchLegend } from "./swatch-legend";

/** Past this many bars the chart draws the most often first; the table lists every framework. */
const MAX_BARS = 25;
/** Dark for first place to pale for the last band (ColorBrewer Purples, 8 classes). */
const BAND_COLOURS = ["#3f007d", "#54278f", "#6a51a3", "#807dba", "#9e9ac8", "#bcbddc", "#dadaeb", "#efedf5"];

type Props = {
  acceptability: Readonly<Record<string, readonly number[]>>;
  names: ReadonlyMap<string, string>;
  samples: number;
};

/** SMAA-2's rank acceptability: one bar per framework, its segments the share of the sampled weights that put it at each place. */
export const RankAcceptabilityChart = memo(function RankAcceptabilityChart({ acceptability, names, samples }: Props) {
  const n = Object.keys(acceptability).length;
  const bands = rankBands(n);
  const rows = rankAcceptabilityRows(acceptability, bands);
  const nameOf = (slug: string) => names.get(slug) ?? slug;
  const data = rows.slice(0, MAX_BARS).map((row) => ({ name: nameOf(row.slug), ...Object.fromEntries(bands.map((b, k) => [b.label, row.shares[k]!])) }));
  const legend = bands.map((b, k) => ({ label: b.label, colour: BAND_COLOURS[k]! }));
  return (
    <ChartFrame
      id="rank-acceptability"
      downloadName="rank-acceptability"
      title="How often each framework takes each place"
      reading={`Each bar is a framework; its segments are the share of the ${samples.toLocaleString("en")} sampled weight vectors that rank it 1st, 2nd and so on (darkest: 1st).${rows.length > MAX_BARS ? ` The ${MAX_BARS} most often first are drawn; the table lists all ${rows.length}.` : ""}`}
      legend={legend}
      table={() => (
        <table className="plain small">
          <thead>
            <tr>
              <th scope="col">Framework</th>
              {bands.map((b) => (
                <th key={b.label} scope="col">
                  {b.label}
                </th>
              ))}
              <th scope="col">Expected place</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.slug} data-slug={row.slug}>
                <th scope="row">{nameOf(row.slug)}</th>
                {row.shares.map((share, k) => (
                  <td key={bands[k]!.label}>{formatPercent(share)}</td>
                ))}
                <td>{row.expectedRank.toFixed(2)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    >
      <ResponsiveContainer width="100%" height={80 + 36 * data.length}>
        <BarChart data={data} layout="vertical" margin={{ left: 8, right: 16, bottom: 22 }} accessibilityLayer={false}>
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis
            type="number"
            domain={[0, 1]}
            ticks={[0, 0.25, 0.5, 0.75, 1]}
            tickFormatter={(v: number) => `${Math.round(v * 100)}%`}
            label={{ value: "Share of the samples", position: "bottom", offset: 4 }}
          />
          <YAxis type="category" dataKey="name" width={110} />
          <Tooltip formatter={(v) => formatPercent(Number(v))} wrapperStyle={{ fontSize: "0.8rem" }} />
          {bands.map((b, k) => (
            <Bar
              key={b.label}
              dataKey={b.label}
              name={b.label}
              stackId="places"
              fill={BAND_COLOURS[k]}
              stroke="#fff"
              strokeWidth={0.5}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
      <SwatchLegend items={legend} />
    </ChartFrame>
  );
});
