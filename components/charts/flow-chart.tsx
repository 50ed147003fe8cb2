"use client";

import { useTranslations } from "next-intl";
import { memo } from "react";
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ReferenceLine, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from "recharts";
import type { Comparison, RankedFramework } from "@/lib/compare/build-comparison";
import { useNumberFormat } from "@/components/i18n/use-number-format";
import { ChartFrame } from "./chart-frame";
import { PointName } from "./point-name";
import { RechartsAxisTitle, RechartsLeftTitle, useAxisTitle } from "./recharts-axis-title";

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
  const t = useTranslations("charts.flows");
  const tCharts = useTranslations("charts");
  const { score, fixed, integer } = useNumberFormat();
  const nameOf = (slug: string) => names.get(slug) ?? slug;
  const points = ranking.map((r) => ({ name: nameOf(r.slug), positive: flows[r.slug]!.positive, negative: flows[r.slug]!.negative }));
  const bars = ranking.slice(0, MAX_BARS).map((r) => ({ name: nameOf(r.slug), net: r.score }));
  const top = Math.max(0.05, ...points.map((p) => Math.max(p.positive, p.negative)));
  const extent = Math.max(0.05, ...bars.map((b) => Math.abs(b.net)));
  const positiveTitle = useAxisTitle(t("axisPositive"));
  const netTitle = useAxisTitle(t("axisNet"));
  return (
    <ChartFrame
      id="flows"
      downloadName="promethee-flows"
      title={t("title")}
      legend={[
        { label: t("legendAhead"), colour: POINT },
        { label: t("legendBehind"), colour: BEHIND },
      ]}
      reading={ranking.length > MAX_BARS ? t("readingDrawn", { drawn: MAX_BARS }) : t("reading")}
      table={() => (
        <table className="plain small">
          <thead>
            <tr>
              <th scope="col">{t("rank")}</th>
              <th scope="col">{tCharts("framework")}</th>
              <th scope="col">{t("positive")}</th>
              <th scope="col">{t("negative")}</th>
              <th scope="col">{t("net")}</th>
            </tr>
          </thead>
          <tbody>
            {ranking.map((r) => (
              <tr key={r.slug}>
                <td>{integer(r.rank)}</td>
                <th scope="row">{nameOf(r.slug)}</th>
                <td>{score(flows[r.slug]!.positive)}</td>
                <td>{score(flows[r.slug]!.negative)}</td>
                <td>{score(r.score)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    >
      <div className="flow-chart">
        <div data-panel-title={t("scatterTitle")} ref={positiveTitle.ref}>
          <ResponsiveContainer width="100%" height={300 + positiveTitle.extra}>
            <ScatterChart margin={{ top: 20, right: 24, bottom: 30 + positiveTitle.extra, left: 4 }} accessibilityLayer={false}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis type="number" dataKey="positive" name="φ+" domain={[0, top]} tickFormatter={(v: number) => fixed(v, 2)} />
              <RechartsAxisTitle lines={positiveTitle.lines} />
              <YAxis type="number" dataKey="negative" name="φ−" domain={[0, top]} tickFormatter={(v: number) => fixed(v, 2)} width={56} />
              <RechartsLeftTitle text={t("axisNegative")} />
              <Tooltip
                formatter={(value: unknown, name: unknown) => [score(typeof value === "number" ? value : 0), String(name)]}
                wrapperStyle={{ fontSize: "0.8rem" }}
              />
              <Scatter data={points} fill={POINT} isAnimationActive={false}>
                <LabelList dataKey="name" content={<PointName />} />
              </Scatter>
            </ScatterChart>
          </ResponsiveContainer>
        </div>
        <div data-panel-title={t("netTitle")} ref={netTitle.ref}>
          <ResponsiveContainer width="100%" height={70 + 34 * bars.length + netTitle.extra}>
            <BarChart data={bars} layout="vertical" margin={{ left: 8, right: 16, bottom: 22 + netTitle.extra }} accessibilityLayer={false}>
              <CartesianGrid horizontal={false} strokeDasharray="3 3" />
              <XAxis type="number" domain={[-extent, extent]} tickFormatter={(v: number) => fixed(v, 2)} />
              <RechartsAxisTitle lines={netTitle.lines} />
              <YAxis type="category" dataKey="name" width={110} interval={0} />
              <ReferenceLine x={0} stroke="#1b2330" />
              <Tooltip formatter={(value: unknown) => [score(typeof value === "number" ? value : 0), t("netTitle")]} wrapperStyle={{ fontSize: "0.8rem" }} />
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
