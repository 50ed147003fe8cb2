"use client";

import { useFormatter, useTranslations } from "next-intl";
import {
  CartesianGrid,
  ReferenceArea,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  useChartWidth,
  usePlotArea,
  useXAxisScale,
  useYAxisScale,
  XAxis,
  YAxis,
} from "recharts";
import { lineHeight, placePointLabels } from "@/lib/charts/point-labels";
import { textWidth } from "@/lib/charts/text-width";
import type { Actor } from "@/lib/domain/actor";
import type { Framework } from "@/lib/domain/framework";
import { inclusivenessPoints, type IndexPoint } from "@/lib/inclusiveness/chart-data";
import type { Share } from "@/lib/inclusiveness/inclusiveness-index";
import { useJoin } from "@/components/i18n/use-join";
import { ChartFrame } from "./chart-frame";
import { TextLines } from "./text-lines";

/** A share as a whole percentage in the page's digits ("25%", "٢٥٪"). */
function usePercent() {
  const format = useFormatter();
  return (x: number) => format.number(x, { style: "percent", maximumFractionDigits: 0 });
}

function PointTooltip({ active, payload }: { active?: boolean; payload?: Array<{ payload: IndexPoint }> }) {
  const t = useTranslations("inclusivenessCharts.scatter");
  const join = useJoin();
  const p = payload?.[0]?.payload;
  if (!active || !p) return null;
  const insideOf = (s: Share) => t("insideOf", { inside: s.inside, of: s.of });
  return (
    <div className="chart-tooltip">
      <strong>{p.shortName}</strong>
      <div>
        {t("littoralInside")}: {insideOf(p.index.littoral)}
      </div>
      <div>
        {t("worldPowersEngaged")}: {insideOf(p.index.worldPowersEngaged)}
      </div>
      {p.targeted.length > 0 && <div>{t("targetedList", { names: join(p.targeted) })}</div>}
      {p.excluded.length > 0 && <div>{t("leftOutList", { names: join(p.excluded) })}</div>}
      <div className="muted">{t(`quadrant.${p.quadrant}`)}</div>
    </div>
  );
}

/**
 * The points' framework names, each on one line beside its point where it overlaps no other
 * name or point (lib/charts/point-labels.ts): translated names are longer, and HOPE's and the
 * GCC-centric system's, side by side at the bottom right, ran into each other when each sat
 * centred above its point. A name stays off the axes' ticks (inside the plot, or in the margins
 * above and to the right). Recharts' own labels see one point at a time, so this reads the
 * chart's scales and places them all together.
 */
function PointNames({ points }: { points: readonly IndexPoint[] }) {
  const t = useTranslations("inclusivenessCharts.scatter");
  const x = useXAxisScale();
  const y = useYAxisScale();
  const width = useChartWidth();
  const plot = usePlotArea();
  if (!x || !y || !width || !plot) return null;
  const at = points.map((p) => ({ x: x(p.littoral) ?? 0, y: y(p.worldPowers) ?? 0, text: p.shortName }));
  // The quadrants' names, in the corner Recharts draws each in (5 px in from it).
  const avoid = (Object.keys(QUADRANTS) as Array<keyof typeof QUADRANTS>).map((key) => {
    const q = QUADRANTS[key];
    const w = textWidth(t(`area.${key}`), 12);
    const left = q.position.endsWith("Left") ? (x(q.x1) ?? 0) + 5 : (x(q.x2) ?? 0) - 5 - w;
    const top = q.position.startsWith("insideTop") ? (y(q.y2) ?? 0) + 5 : (y(q.y1) ?? 0) - 5 - 13;
    return { left, right: left + w, top, bottom: top + 13 };
  });
  // On a phone a long name takes two lines rather than half the plot.
  const labels = placePointLabels(at, 12, { left: plot.x, right: width, top: 0, bottom: plot.y + plot.height }, 9, {
    maxWidth: Math.max(plot.width / 2, 100),
    avoid,
  });
  return (
    <g className="index-point-names">
      {labels.map((label, i) => (
        <TextLines key={points[i]!.slug} lines={label.lines} x={label.x} y={label.y} step={lineHeight(12)} textAnchor="middle" fontSize={12} fill="#1b2330" />
      ))}
    </g>
  );
}

type Props = {
  /** Frameworks and actors, their names in the page's language (lib/i18n/localise-vocabulary.ts). */
  frameworks: Framework[];
  actors: Actor[];
  highlight?: string;
};

/** The quadrants' colours: the shaded areas, the legend's swatches and a download's legend. */
const AREAS = [
  { key: "inclusive", fill: "#009e73", opacity: 0.08, swatch: 0.35, download: "#b3e2d5" },
  { key: "regional", fill: "#0072b2", opacity: 0.06, swatch: 0.3, download: "#b3d0e6" },
  { key: "outsideLed", fill: "#e69f00", opacity: 0.08, swatch: 0.35, download: "#f5e0b3" },
  { key: "exclusive", fill: "#d55e00", opacity: 0.08, swatch: 0.35, download: "#f2cfb3" },
] as const;

/** Where each quadrant lies and where its name sits (the axes are not mirrored on right-to-left pages). */
const QUADRANTS = {
  inclusive: { x1: 0.5, x2: 1.05, y1: 0.5, y2: 1.12, position: "insideBottomRight" },
  regional: { x1: 0.5, x2: 1.05, y1: -0.05, y2: 0.5, position: "insideTopRight" },
  outsideLed: { x1: -0.05, x2: 0.5, y1: 0.5, y2: 1.12, position: "insideTopLeft" },
  exclusive: { x1: -0.05, x2: 0.5, y1: -0.05, y2: 0.5, position: "insideBottomLeft" },
} as const;

/**
 * The inclusiveness index (lib/inclusiveness): the littoral states' share inside a framework
 * against the world powers' share inside or observing, with the four quadrants labelled.
 */
export function InclusivenessScatter({ frameworks, actors, highlight }: Props) {
  const t = useTranslations("inclusivenessCharts.scatter");
  const pct = usePercent();
  const join = useJoin();
  const { points, noData } = inclusivenessPoints(frameworks, actors);
  const names = new Map(frameworks.map((f) => [f.slug, f.shortName]));
  const insideOf = (s: Share) => t("insideOf", { inside: s.inside, of: s.of });
  return (
    <ChartFrame
      id="inclusiveness-index"
      title={t("title")}
      reading={t("reading")}
      downloadName="inclusiveness-index"
      legend={[{ label: t("legend.framework"), colour: "#14213d" }, ...AREAS.map((a) => ({ label: t(`legend.${a.key}`), colour: a.download }))]}
      table={() => (
        <table className="plain small">
          <thead>
            <tr>
              <th scope="col">{t("framework")}</th>
              <th scope="col">{t("littoralInside")}</th>
              <th scope="col">{t("worldPowersInside")}</th>
              <th scope="col">{t("worldPowersEngaged")}</th>
              <th scope="col">{t("targeted")}</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.slug}>
                <th scope="row">{p.shortName}</th>
                <td>{t("insideOfShare", { inside: p.index.littoral.inside, of: p.index.littoral.of, share: pct(p.littoral) })}</td>
                <td>{insideOf(p.index.worldPowersInside)}</td>
                <td>{t("insideOfShare", { inside: p.index.worldPowersEngaged.inside, of: p.index.worldPowersEngaged.of, share: pct(p.worldPowers) })}</td>
                <td>{join(p.targeted) || t("none")}</td>
              </tr>
            ))}
            {noData.map((slug) => (
              <tr key={slug}>
                <th scope="row">{names.get(slug)}</th>
                <td colSpan={4}>{t("noRoles")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    >
      <ResponsiveContainer width="100%" height={360}>
        <ScatterChart margin={{ top: 30, right: 40, bottom: 34, left: 8 }} accessibilityLayer={false}>
          {AREAS.map((a) => (
            <ReferenceArea
              key={a.key}
              {...QUADRANTS[a.key]}
              fill={a.fill}
              fillOpacity={a.opacity}
              label={{ value: t(`area.${a.key}`), position: QUADRANTS[a.key].position, fontSize: 12 }}
            />
          ))}
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            type="number"
            dataKey="littoral"
            domain={[-0.05, 1.05]}
            ticks={[0, 0.25, 0.5, 0.75, 1]}
            tickFormatter={pct}
            name={t("littoralInside")}
            label={{ value: t("littoralInside"), position: "bottom", offset: 8 }}
          />
          <YAxis
            type="number"
            dataKey="worldPowers"
            domain={[-0.05, 1.12]}
            ticks={[0, 0.25, 0.5, 0.75, 1]}
            tickFormatter={pct}
            name={t("worldPowersAxis")}
            // Centred on the axis: anchored at its start, the rotated title ran off the top of the chart.
            label={{ value: t("worldPowersAxis"), angle: -90, position: "insideLeft", offset: 10, style: { textAnchor: "middle" } }}
            width={70}
          />
          <Tooltip content={<PointTooltip />} cursor={{ strokeDasharray: "3 3" }} />
          <Scatter
            data={points}
            fill="#14213d"
            isAnimationActive={false}
            className="index-points"
            shape={(props: { cx?: number; cy?: number; payload?: IndexPoint }) => {
              const on = highlight === undefined || props.payload?.slug === highlight;
              return (
                <circle className="index-point" cx={props.cx} cy={props.cy} r={on ? 9 : 6} fill={on ? "#14213d" : "#9aa3b5"} stroke="#fff" strokeWidth={2} />
              );
            }}
          ></Scatter>
          <PointNames points={points} />
        </ScatterChart>
      </ResponsiveContainer>
      <ul className="legend">
        <li>
          <span className="legend__swatch legend__swatch--dot" />
          {highlight ? t("legend.frameworkHighlighted") : t("legend.framework")}
        </li>
        {AREAS.map((a) => (
          <li key={a.key}>
            <span className="legend__swatch" style={{ background: a.fill, opacity: a.swatch }} />
            {t(`legend.${a.key}`)}
          </li>
        ))}
      </ul>
      {noData.length > 0 && <p className="small muted">{t("noData", { names: join(noData.map((s) => names.get(s) ?? s)) })}</p>}
    </ChartFrame>
  );
}
