"use client";

import { useTranslations } from "next-intl";
import { memo, useMemo } from "react";
import { numberAxis } from "@/lib/charts/number-axis";
import type { Criterion } from "@/lib/domain/criterion";
import type { Comparison } from "@/lib/compare/build-comparison";
import { useIsolate } from "@/components/i18n/use-isolate";
import { useNumberFormat } from "@/components/i18n/use-number-format";
import { ChartFrame } from "./chart-frame";
import { type TornadoBar, TornadoPlot } from "./tornado-plot";

const SHOWN = 12;

type Props = { criteria: Criterion[]; tornado: Comparison["tornado"]; leaderName: string };

/** One-way sensitivity: the leader's margin when each criterion is dropped and when its weight is doubled. */
export const TornadoChart = memo(function TornadoChart({ criteria, tornado, leaderName }: Props) {
  const t = useTranslations("charts.tornado");
  const tCharts = useTranslations("charts");
  const { score } = useNumberFormat();
  const leader = useIsolate()(leaderName);
  const names = useMemo(() => new Map(criteria.map((c) => [c.slug, c.name])), [criteria]);
  const bars = useMemo<TornadoBar[]>(
    () =>
      tornado.slice(0, SHOWN).map((b) => ({
        slug: b.slug,
        name: names.get(b.slug) ?? b.slug,
        range: [Math.min(b.dropped, b.doubled), Math.max(b.dropped, b.doubled)],
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
      <TornadoPlot
        bars={bars}
        xAxis={xAxis}
        axisLabel={t("axis", { leader })}
        tooltip={(b) => t("tooltip", { dropped: score(b.dropped), doubled: score(b.doubled) })}
        tooltipLabel={t("margin")}
      />
    </ChartFrame>
  );
});
