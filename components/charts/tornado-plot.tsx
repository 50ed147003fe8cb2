"use client";

import { useState } from "react";
import type { NumberAxis } from "@/lib/charts/number-axis";
import { linearScale } from "@/lib/charts/plot-scale";
import { wrapText } from "@/lib/charts/standalone-svg";
import { useNumberFormat } from "@/components/i18n/use-number-format";
import { axisTitleLines, extraTitleHeight } from "./axis-title";
import { type Box, BottomAxis, PlotSurface, PlotTooltip, useMeasuredWidth } from "./plot-svg";
import { TextLines } from "./text-lines";

const ROW = 28;
const BAR = 18;
/** The criteria's names take this much of the width, at most 190 px (on a phone, less). */
const LABEL_SHARE = 0.42;
const MAX_LABELS = 190;
/** The names' size, and the lines each may take beside its bar (the table holds them whole). */
const NAME_SIZE = 11;
const NAME_LINES = 2;
/** Ticks closer than this are thinned out. */
const MIN_TICK_GAP = 48;
const MARGIN = { top: 6, right: 16, bottom: 42 };

export type TornadoBar = { slug: string; name: string; range: readonly [number, number]; dropped: number; doubled: number };

type Props = {
  bars: readonly TornadoBar[];
  xAxis: NumberAxis;
  axisLabel: string;
  tooltip: (bar: TornadoBar) => string;
  tooltipLabel: string;
};

/** One bar per criterion, from the leader's margin with it dropped to the margin with its weight doubled; zero marked. */
export function TornadoPlot({ bars, xAxis, axisLabel, tooltip, tooltipLabel }: Props) {
  const { fixed } = useNumberFormat();
  const { ref, width } = useMeasuredWidth(520);
  const [hovered, setHovered] = useState<number | null>(null);
  const title = axisTitleLines(axisLabel, width);
  const height = MARGIN.top + ROW * bars.length + MARGIN.bottom + extraTitleHeight(title);
  const labels = Math.min(MAX_LABELS, Math.round(width * LABEL_SHARE));
  const box: Box = { left: labels + 8, top: MARGIN.top, right: Math.max(labels + 40, width - MARGIN.right), bottom: MARGIN.top + ROW * bars.length };
  const x = linearScale(xAxis.domain, [box.left, box.right]);
  const every = Math.max(1, Math.ceil(MIN_TICK_GAP / Math.max(1, x(xAxis.ticks[1] ?? 1) - x(xAxis.ticks[0] ?? 0))));
  const ticks = xAxis.ticks.filter((_, i) => i % every === 0);
  const rowY = (i: number) => box.top + i * ROW;
  const bar = hovered === null ? undefined : bars[hovered];
  return (
    <div ref={ref} className="chart-surface__frame">
      <PlotSurface width={width} height={height}>
        <BottomAxis scale={x} ticks={ticks} format={(v) => fixed(v, 2)} box={box} title={{ lines: title, width, at: width / 2 }} grid />
        {bars.map((b, i) => {
          const lines = wrapText(b.name, labels - 8, NAME_SIZE, NAME_LINES);
          const middle = rowY(i) + ROW / 2;
          return (
            // Mouse events, which a tap also gives (pointerleave follows a tap at once, and would take the tooltip away).
            // biome-ignore lint/a11y/noStaticElementInteractions: a pointer's tooltip on a plot hidden from assistive technology, whose numbers are in the chart's table
            <g key={b.slug} onMouseEnter={() => setHovered(i)} onMouseLeave={() => setHovered(null)}>
              {/* The whole row answers the pointer, not only a bar that may be a pixel wide. */}
              <rect x={0} y={rowY(i)} width={width} height={ROW} fill="transparent" />
              <TextLines lines={lines} x={box.left - 8} y={middle + 4 - (lines.length - 1) * 6.5} step={13} textAnchor="end" fontSize={NAME_SIZE} fill="#666" />
              <rect
                className="chart-surface__bar"
                fill="#0072b2"
                data-hovered={hovered === i || undefined}
                x={x(b.range[0])}
                y={middle - BAR / 2}
                width={Math.max(1, x(b.range[1]) - x(b.range[0]))}
                height={BAR}
              />
            </g>
          );
        })}
        <line stroke="#1b2330" x1={x(0)} x2={x(0)} y1={box.top} y2={box.bottom} />
      </PlotSurface>
      {bar && hovered !== null && (
        <PlotTooltip x={x(bar.range[1])} y={rowY(hovered)} width={width}>
          <p className="chart-tooltip__label">{bar.name}</p>
          <p className="chart-tooltip__list">
            {tooltipLabel}: {tooltip(bar)}
          </p>
        </PlotTooltip>
      )}
    </div>
  );
}
