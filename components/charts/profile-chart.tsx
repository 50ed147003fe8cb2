"use client";

import { useTranslations } from "next-intl";
import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer, Tooltip } from "recharts";
import type { Framework } from "@/lib/domain/framework";
import { radarHeight, radarRadius } from "@/lib/charts/radar-layout";
import { useNumberFormat } from "@/components/i18n/use-number-format";
import { ChartFrame } from "./chart-frame";
import { useMeasuredWidth } from "./plot-svg";
import { RadarName } from "./radar-name";
import { SwatchLegend } from "./swatch-legend";

const COLOURS = ["#0072b2", "#e69f00", "#009e73", "#cc79a7", "#d55e00", "#56b4e9", "#000000"];
const HEIGHT = 380;

type Props = {
  frameworks: Framework[];
  /** Each category's profile, its name in the page's language. */
  profiles: Array<{ category: string; name: string; scores: Record<string, number | null> }>;
  /** Which weights the scores are under, ending the chart's reading (in the page's language). */
  weightsNote: string;
};

/** Each framework's weighted score per category (0 worst, 1 best on that category's criteria). */
export function ProfileChart({ frameworks, profiles, weightsNote }: Props) {
  const t = useTranslations("inclusivenessCharts.profile");
  const { fixed } = useNumberFormat();
  const fmt = (v: number | null | undefined) => (v === null || v === undefined ? t("noData") : fixed(v, 2));
  const data = profiles.map((p) => ({ name: p.name, ...Object.fromEntries(frameworks.map((f) => [f.slug, p.scores[f.slug] ?? 0])) }));
  // On a phone the radar is drawn smaller, so that the categories' names beside it have room to wrap.
  const { ref, width } = useMeasuredWidth(600);
  const radius = radarRadius(
    width,
    HEIGHT,
    profiles.map((p) => p.name),
  );
  const height = radarHeight(radius, HEIGHT);
  return (
    <ChartFrame
      id="profiles"
      title={t("title")}
      reading={t("reading", { worst: 0, best: 1, note: weightsNote })}
      downloadName="profiles"
      legend={frameworks.map((f, i) => ({ label: f.shortName, colour: COLOURS[i % COLOURS.length]! }))}
      table={() => (
        <table className="plain small">
          <thead>
            <tr>
              <th scope="col">{t("category")}</th>
              {frameworks.map((f) => (
                <th key={f.slug} scope="col">
                  {f.shortName}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {profiles.map((p) => (
              <tr key={p.category}>
                <th scope="row">{p.name}</th>
                {frameworks.map((f) => (
                  <td key={f.slug}>{fmt(p.scores[f.slug])}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    >
      <div ref={ref}>
        <ResponsiveContainer width="100%" height={height}>
          <RadarChart data={data} outerRadius={radius} accessibilityLayer={false}>
            <PolarGrid />
            <PolarAngleAxis dataKey="name" tick={<RadarName />} />
            {/* Keeps the 0-1 scale; the rings carry it, so no axis line or ticks cross the chart. */}
            <PolarRadiusAxis domain={[0, 1]} tickCount={5} tick={false} axisLine={false} />
            <Tooltip formatter={(v) => (typeof v === "number" ? fixed(v, 2) : String(v))} wrapperStyle={{ fontSize: "0.8rem" }} />
            {frameworks.map((f, i) => (
              <Radar
                key={f.slug}
                name={f.shortName}
                dataKey={f.slug}
                stroke={COLOURS[i % COLOURS.length]}
                fill={COLOURS[i % COLOURS.length]}
                fillOpacity={0.08}
                strokeWidth={2}
                isAnimationActive={false}
              />
            ))}
          </RadarChart>
        </ResponsiveContainer>
      </div>
      <SwatchLegend items={frameworks.map((f, i) => ({ key: f.slug, label: f.shortName, colour: COLOURS[i % COLOURS.length]! }))} />
    </ChartFrame>
  );
}
