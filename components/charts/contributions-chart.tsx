"use client";

import { useTranslations } from "next-intl";
import { memo, useState } from "react";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { Category, Criterion } from "@/lib/domain/criterion";
import type { FrameworkLabel } from "@/lib/domain/framework";
import type { RankedFramework } from "@/lib/compare/build-comparison";
import { contributionWordingOf } from "@/lib/compare/method-labels";
import { methodOf } from "@/lib/scoring/methods/registry";
import type { ScoringMethod } from "@/lib/scoring/types";
import { useNumberFormat } from "@/components/i18n/use-number-format";
import { categoryColour } from "./category-colours";
import { ChartFrame } from "./chart-frame";
import { RechartsAxisTitle, useAxisTitle } from "./recharts-axis-title";
import { SwatchLegend } from "./swatch-legend";

const MAX_BARS = 20;
/** The tooltip names the hovered segment and this many of the largest others, not all 35. */
const TOOLTIP_TOP = 4;

type TooltipEntry = { dataKey?: unknown; name?: unknown; value?: unknown };

function ContributionsTooltip({ active, payload, label, hovered }: { active?: boolean; payload?: TooltipEntry[]; label?: unknown; hovered: string | null }) {
  const t = useTranslations("charts.contributions");
  const { score } = useNumberFormat();
  if (!active || !payload?.length) return null;
  const entries = payload.map((p) => ({ key: String(p.dataKey), name: String(p.name), value: typeof p.value === "number" ? p.value : 0 }));
  const total = entries.reduce((s, e) => s + e.value, 0);
  const segment = entries.find((e) => e.key === hovered);
  const top = entries
    .filter((e) => e !== segment && e.value > 0)
    .sort((a, b) => b.value - a.value)
    .slice(0, TOOLTIP_TOP);
  const rest = entries.filter((e) => e !== segment && e.value > 0).length - top.length;
  return (
    <div className="chart-tooltip">
      <strong>{String(label)}</strong> · {t("total", { total: score(total) })}
      {segment && (
        <div>
          <strong>{segment.name}</strong>: {score(segment.value)}
        </div>
      )}
      <div className="muted">{segment ? t("largestOthers") : t("largest")}</div>
      {top.map((e) => (
        <div key={e.key}>
          {e.name}: {score(e.value)}
        </div>
      ))}
      {rest > 0 && <div className="muted">{t("more", { count: rest })}</div>}
    </div>
  );
}
/** Past this many criteria the segments are summed by category: 100 slivers a bar say nothing. */
const MAX_SEGMENTS = 40;

type Props = {
  frameworks: FrameworkLabel[];
  criteria: Criterion[];
  categories: Category[];
  ranking: RankedFramework[];
  contributions: Record<string, Record<string, number>>;
  method: ScoringMethod;
};

/** One stacked bar per framework, best first: each segment a criterion's weight x normalised value. */
export const ContributionsChart = memo(function ContributionsChart({ frameworks, criteria, categories, ranking, contributions, method }: Props) {
  const t = useTranslations("charts.contributions");
  const tCharts = useTranslations("charts");
  const { score, fixed } = useNumberFormat();
  const [hovered, setHovered] = useState<string | null>(null);
  const names = new Map(frameworks.map((f) => [f.slug, f.shortName]));
  const catIndex = new Map(categories.map((c, i) => [c.slug, i]));
  const byCategory = criteria.length > MAX_SEGMENTS;
  const segments = byCategory
    ? categories.map((c) => ({ key: c.slug, name: c.name, category: c.slug, members: criteria.filter((x) => x.category === c.slug).map((x) => x.slug) }))
    : criteria.map((c) => ({ key: c.slug, name: c.name, category: c.category, members: [c.slug] }));
  // Past a few dozen bars a chart stops being readable; the table below keeps every framework.
  const data = ranking.slice(0, MAX_BARS).map((r) => ({
    name: names.get(r.slug) ?? r.slug,
    ...Object.fromEntries(segments.map((s) => [s.key, s.members.reduce((sum, m) => sum + (contributions[r.slug]?.[m] ?? 0), 0)])),
  }));
  const wording = contributionWordingOf(method);
  const kind = methodOf(method).contributionKind;
  const axisTitle = useAxisTitle(t(`axis.${kind}`));
  const reading = [
    t(`reading.${kind}`, { part: byCategory ? "category" : "criterion" }),
    ...(wording.sumsToScore && ranking.length > MAX_BARS ? [t("drawn", { drawn: MAX_BARS, count: ranking.length })] : []),
  ].join(" ");
  return (
    <ChartFrame
      id="contributions"
      downloadName="contributions"
      title={t("title")}
      legend={categories.map((c, i) => ({ label: c.name, colour: categoryColour(i) }))}
      reading={reading}
      table={() => (
        <table className="plain small">
          <thead>
            <tr>
              <th scope="col">{tCharts("criterion")}</th>
              {ranking.map((r) => (
                <th key={r.slug} scope="col">
                  {names.get(r.slug)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {criteria.map((c) => (
              <tr key={c.slug}>
                <th scope="row">{c.name}</th>
                {ranking.map((r) => (
                  <td key={r.slug}>{score(contributions[r.slug]?.[c.slug] ?? 0)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    >
      <div ref={axisTitle.ref}>
        <ResponsiveContainer width="100%" height={80 + 44 * data.length + axisTitle.extra}>
          <BarChart
            data={data}
            layout="vertical"
            margin={{ left: 8, right: 16, bottom: 22 + axisTitle.extra }}
            accessibilityLayer={false}
            // Parts that lower the score (a net flow's) stack left of zero, the others right of it.
            stackOffset={wording.sumsToScore ? "sign" : "none"}
          >
            <CartesianGrid horizontal={false} strokeDasharray="3 3" />
            <XAxis type="number" tickFormatter={(v: number) => fixed(v, 2)} />
            <RechartsAxisTitle lines={axisTitle.lines} />
            <YAxis type="category" dataKey="name" width={110} />
            <Tooltip content={<ContributionsTooltip hovered={hovered} />} wrapperStyle={{ fontSize: "0.8rem" }} />
            {segments.map((c) => (
              <Bar
                key={c.key}
                dataKey={c.key}
                name={c.name}
                stackId="score"
                fill={categoryColour(catIndex.get(c.category) ?? 0)}
                stroke="#fff"
                strokeWidth={0.5}
                isAnimationActive={false}
                onMouseEnter={() => setHovered(c.key)}
                onMouseLeave={() => setHovered(null)}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <SwatchLegend items={categories.map((c, i) => ({ key: c.slug, label: c.name, colour: categoryColour(i) }))} />
    </ChartFrame>
  );
});
