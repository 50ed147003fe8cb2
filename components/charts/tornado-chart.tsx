"use client";

import { useTranslations } from "next-intl";
import { memo, useMemo } from "react";
import { Bar, BarChart, CartesianGrid, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { numberAxis } from "@/lib/charts/number-axis";
import type { Criterion } from "@/lib/domain/criterion";
import type { Comparison } from "@/lib/compare/build-comparison";
import { useIsolate } from "@/components/i18n/use-isolate";
import { useNumberFormat } from "@/components/i18n/use-number-format";
import { ChartFrame } from "./chart-frame";

const SHOWN = 12;

type Props = { criteria: Criterion[]; tornado: Comparison["tornado"]; leaderName: string };

/** One-way sensitivity: the leader's margin when each criterion is dropped and when its weight is doubled. */
export const TornadoChart = memo(function TornadoChart({ criteria, tornado, leaderName }: Props) {
  const t = useTranslations("charts.tornado");
  const tCharts = useTranslations("charts");
  const { score, fixed } = useNumberFormat();
  const leader = useIsolate()(leaderName);
  const names = useMemo(() => new Map(criteria.map((c) => [c.slug, c.name])), [criteria]);
  const bars = useMemo(
    () =>
      tornado.slice(0, SHOWN).map((b) => ({
        name: names.get(b.slug) ?? b.slug,
        range: [Math.min(b.dropped, b.doubled), Math.max(b.dropped, b.doubled)] as [number, number],
        dropped: b.dropped,
        doubled: b.doubled,
      })),
    [tornado, names],
  );
  const xAxis = useMemo(
    () =>
      numberAxis(
        bars.flatMap((b) => b.range),
        { include: [0] },
      ),
    [bars],
  );
  return (
    <ChartFrame
      id="tornado"
      downloadName="sensitivity-tornado"
      legend={[{ label: t("legend", { leader }), colour: "#0072b2" }]}
      title={t("title", { leader })}
      reading={t("reading", { leader, shown: SHOWN })}
      table={() => (
        <table className="plain small">
          <thead>
            <tr>
              <th scope="col">{tCharts("criterion")}</th>
              <th scope="col">{t("dropped")}</th>
              <th scope="col">{t("doubled")}</th>
            </tr>
          </thead>
          <tbody>
            {tornado.map((b) => (
              <tr key={b.slug}>
                <th scope="row">{names.get(b.slug)}</th>
                <td>{score(b.dropped)}</td>
                <td>{score(b.doubled)}</td>
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
            domain={xAxis.domain}
            ticks={xAxis.ticks}
            tickFormatter={(v: number) => fixed(v, 2)}
            label={{ value: t("axis", { leader }), position: "bottom", offset: 4 }}
          />
          <YAxis type="category" dataKey="name" width={190} tick={{ fontSize: 11 }} />
          <ReferenceLine x={0} stroke="#1b2330" />
          <Tooltip
            formatter={(_value, _name, item) => {
              const p = item.payload as (typeof bars)[number];
              return [t("tooltip", { dropped: score(p.dropped), doubled: score(p.doubled) }), t("margin")];
            }}
            wrapperStyle={{ fontSize: "0.8rem" }}
          />
          <Bar dataKey="range" fill="#0072b2" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
});
