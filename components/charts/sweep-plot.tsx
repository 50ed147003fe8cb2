"use client";

import { useMemo, useState } from "react";
import type { NumberAxis } from "@/lib/charts/number-axis";
import { linearScale, monotonePath } from "@/lib/charts/plot-scale";
import { categoryColour } from "@/lib/compare/category-colours";
import { useNumberFormat } from "@/components/i18n/use-number-format";
import { axisTitleLines, extraTitleHeight } from "./axis-title";
import { type Box, BottomAxis, LeftAxis, PlotSurface, PlotTooltip, useMeasuredWidth } from "./plot-svg";

const HEIGHT = 240;
const MARGIN = { top: 18, right: 12, bottom: 40, left: 48 };
const X_TICKS = [0, 25, 50, 75, 100];
/** Past eight lines the colours repeat, and a dash pattern tells the lines apart. */
const DASHES = ["", "6 3", "2 3", "8 3 2 3"];

type Props = {
  /** One row per slider position drawn: `x` and each shown framework's score. */
  drawn: ReadonlyArray<{ x: number } & Record<string, number>>;
  shown: readonly string[];
  yAxis: NumberAxis;
  current: number | null;
  crossings: ReadonlyArray<{ at: number; to: string }>;
  nameOf: (slug: string) => string;
  axisLabel: string;
  sliderAt: (x: number) => string;
};

/** Each shown framework's score along the slider, the slider now (dashed) and where the lead changes hands (orange). */
export function SweepPlot({ drawn, shown, yAxis, current, crossings, nameOf, axisLabel, sliderAt }: Props) {
  const { score, fixed, integer } = useNumberFormat();
  const { ref, width } = useMeasuredWidth(420);
  const [hovered, setHovered] = useState<number | null>(null);
  const title = axisTitleLines(axisLabel, width);
  const height = HEIGHT + extraTitleHeight(title);
  const box = useMemo<Box>(() => ({ left: MARGIN.left, top: MARGIN.top, right: width - MARGIN.right, bottom: HEIGHT - MARGIN.bottom }), [width]);
  const x = useMemo(() => linearScale([0, 100], [box.left, box.right]), [box]);
  const y = useMemo(() => linearScale(yAxis.domain, [box.bottom, box.top]), [box, yAxis]);
  const paths = useMemo(() => shown.map((slug) => monotonePath(drawn.map((d) => [x(d.x), y(d[slug]!)] as const))), [drawn, shown, x, y]);
  const point = hovered === null ? undefined : drawn[hovered];
  const nearest = (clientX: number, svg: Element) => {
    const at = ((clientX - svg.getBoundingClientRect().left - box.left) / (box.right - box.left)) * 100;
    let best = 0;
    for (let i = 1; i < drawn.length; i++) if (Math.abs(drawn[i]!.x - at) < Math.abs(drawn[best]!.x - at)) best = i;
    return drawn.length ? best : null;
  };
  return (
    <div ref={ref} className="chart-surface__frame">
      <PlotSurface width={width} height={height}>
        <LeftAxis scale={y} ticks={yAxis.ticks} format={(v) => fixed(v, 2)} box={box} grid />
        <BottomAxis scale={x} ticks={X_TICKS} format={integer} box={box} title={{ lines: title, width }} grid />
        {current !== null && <line stroke="#1b2330" strokeDasharray="4 4" x1={x(current)} x2={x(current)} y1={box.top} y2={box.bottom} />}
        {crossings.map((c) => (
          <g key={`${c.at}-${c.to}`}>
            <line stroke="#d55e00" x1={x(c.at)} x2={x(c.at)} y1={box.top} y2={box.bottom} />
            <text x={x(c.at)} y={box.top - 5} textAnchor="middle" fontSize={10} fill="#1b2330">
              {nameOf(c.to)}
            </text>
          </g>
        ))}
        {paths.map((d, i) => (
          <path
            key={shown[i]}
            d={d}
            fill="none"
            stroke={categoryColour(i)}
            strokeWidth={1.5}
            strokeDasharray={DASHES[Math.floor(i / 8) % DASHES.length] || undefined}
          />
        ))}
        {point && <line stroke="#999" x1={x(point.x)} x2={x(point.x)} y1={box.top} y2={box.bottom} />}
        {/* biome-ignore lint/a11y/noStaticElementInteractions: a pointer's tooltip on a plot hidden from assistive technology, whose numbers are in the chart's table */}
        <rect
          x={box.left}
          y={box.top}
          width={Math.max(0, box.right - box.left)}
          height={box.bottom - box.top}
          fill="transparent"
          // Mouse events, which a tap also gives (a tap gives no pointermove, and pointerleave at once).
          onMouseMove={(e) => setHovered(nearest(e.clientX, e.currentTarget.ownerSVGElement!))}
          onMouseLeave={() => setHovered(null)}
        />
      </PlotSurface>
      {point && (
        <PlotTooltip x={x(point.x)} y={box.top} width={width}>
          <p className="chart-tooltip__label">{sliderAt(point.x)}</p>
          <ul className="chart-tooltip__list">
            {[...shown]
              .sort((a, b) => point[b]! - point[a]!)
              .map((slug) => (
                <li key={slug}>
                  <span className="legend__swatch" style={{ background: categoryColour(shown.indexOf(slug)) }} />
                  {nameOf(slug)}: {score(point[slug]!)}
                </li>
              ))}
          </ul>
        </PlotTooltip>
      )}
    </div>
  );
}
