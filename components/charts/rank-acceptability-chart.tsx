"use client";

import { useFormatter, useTranslations } from "next-intl";
import { memo } from "react";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { type RankBand, rankAcceptabilityRows, rankBands } from "@/lib/compare/rank-acceptability-summary";
import { useNumberFormat } from "@/components/i18n/use-number-format";
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
  const t = useTranslations("charts.acceptability");
  const tCharts = useTranslations("charts");
  const { percent, fixed } = useNumberFormat();
  const format = useFormatter();
  // The band's key stays its English label (the data's); on screen it is said in the page's language.
  const bandName = (b: RankBand) => (b.last > b.first ? t("placeOrLower", { place: b.first + 1 }) : t("place", { place: b.first + 1 }));
  const n = Object.keys(acceptability).length;
  const bands = rankBands(n);
  const rows = rankAcceptabilityRows(acceptability, bands);
  const nameOf = (slug: string) => names.get(slug) ?? slug;
  const data = rows.slice(0, MAX_BARS).map((row) => ({ name: nameOf(row.slug), ...Object.fromEntries(bands.map((b, k) => [b.label, row.shares[k]!])) }));
  const legend = bands.map((b, k) => ({ label: bandName(b), colour: BAND_COLOURS[k]! }));
  return (
    <ChartFrame
      id="rank-acceptability"
      downloadName="rank-acceptability"
      title={t("title")}
      reading={[t("reading", { samples }), ...(rows.length > MAX_BARS ? [t("drawn", { drawn: MAX_BARS, count: rows.length })] : [])].join(" ")}
      legend={legend}
      table={() => (
        <table className="plain small">
          <thead>
            <tr>
              <th scope="col">{tCharts("framework")}</th>
              {bands.map((b) => (
                <th key={b.label} scope="col">
                  {bandName(b)}
                </th>
              ))}
              <th scope="col">{t("expected")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.slug} data-slug={row.slug}>
                <th scope="row">{nameOf(row.slug)}</th>
                {row.shares.map((share, k) => (
                  <td key={bands[k]!.label}>{percent(share)}</td>
                ))}
                <td>{fixed(row.expectedRank, 2)}</td>
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
            tickFormatter={(v: number) => format.number(v, { style: "percent", maximumFractionDigits: 0 })}
            label={{ value: t("axis"), position: "bottom", offset: 4 }}
          />
          <YAxis type="category" dataKey="name" width={110} />
          <Tooltip formatter={(v) => percent(Number(v))} wrapperStyle={{ fontSize: "0.8rem" }} />
          {bands.map((b, k) => (
            <Bar
              key={b.label}
              dataKey={b.label}
              name={bandName(b)}
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
