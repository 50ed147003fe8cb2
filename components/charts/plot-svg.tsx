"use client";

import { type ReactNode, useEffect, useRef, useState } from "react";
import { AxisTitle } from "./axis-title";

/**
 * The pieces of the charts drawn as plain SVG: the two that follow every weight change (the
 * score-against-weight sweep and the tornado), where Recharts' synchronous re-render of its
 * store was a long task after each change (docs/decisions/013-plain-svg-for-the-live-charts.md).
 * Colours are attributes, not CSS, so that a downloaded SVG (the element serialised) keeps them.
 */

/** The width the plot has on the page, measured (and followed) once drawn; `fallback` before that and on the server. */
export function useMeasuredWidth(fallback: number) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === "undefined") return;
    const measure = () => {
      const measured = Math.floor(element.getBoundingClientRect().width);
      if (measured > 0) setWidth(measured);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}

export type Box = { left: number; top: number; right: number; bottom: number };

/**
 * The drawing surface: pixel coordinates, left to right on every page (as the Recharts charts keep
 * theirs). Hidden from assistive technology: the chart's frame names it as an image, and its
 * table carries the numbers.
 */
export function PlotSurface({ width, height, children }: { width: number; height: number; children: ReactNode }) {
  return (
    <svg className="chart-surface" width={width} height={height} viewBox={`0 0 ${width} ${height}`} direction="ltr" fontSize={12} aria-hidden="true">
      {children}
    </svg>
  );
}

type AxisProps = {
  scale: (v: number) => number;
  ticks: readonly number[];
  format: (v: number) => string;
  box: Box;
  /** Dashed grid lines across the plot at each tick. */
  grid?: boolean;
};

/** An axis's title: its lines (`axisTitleLines`), in a surface `width` wide, centred on `at` (by default under the plot) where they fit. */
type AxisTitleProps = { lines: readonly string[]; width: number; at?: number };

/** A number axis along the bottom of `box`, with its ticks, optional grid lines and title. */
export function BottomAxis({ scale, ticks, format, box, title, grid = false }: AxisProps & { title?: AxisTitleProps }) {
  return (
    <g stroke="#666" fill="#666">
      <line x1={box.left} x2={box.right} y1={box.bottom} y2={box.bottom} />
      {ticks.map((tick) => (
        <g key={tick}>
          {grid && <line stroke="#ccc" strokeDasharray="3 3" x1={scale(tick)} x2={scale(tick)} y1={box.top} y2={box.bottom} />}
          <line x1={scale(tick)} x2={scale(tick)} y1={box.bottom} y2={box.bottom + 5} />
          <text x={scale(tick)} y={box.bottom + 17} textAnchor="middle" stroke="none">
            {format(tick)}
          </text>
        </g>
      ))}
      {title && <AxisTitle lines={title.lines} centre={title.at ?? (box.left + box.right) / 2} y={box.bottom + 33} width={title.width} />}
    </g>
  );
}

/** A number axis along the left of `box`, with its ticks and optional grid lines. */
export function LeftAxis({ scale, ticks, format, box, grid = false }: AxisProps) {
  return (
    <g stroke="#666" fill="#666">
      <line x1={box.left} x2={box.left} y1={box.top} y2={box.bottom} />
      {ticks.map((tick) => (
        <g key={tick}>
          {grid && <line stroke="#ccc" strokeDasharray="3 3" x1={box.left} x2={box.right} y1={scale(tick)} y2={scale(tick)} />}
          <line x1={box.left - 5} x2={box.left} y1={scale(tick)} y2={scale(tick)} />
          <text x={box.left - 8} y={scale(tick) + 4} textAnchor="end" stroke="none">
            {format(tick)}
          </text>
        </g>
      ))}
    </g>
  );
}

/** A tooltip at a point of the plot (pixels from the plot's top left), on the side with more room, never wider than that room. */
export function PlotTooltip({ x, y, width, children }: { x: number; y: number; width: number; children: ReactNode }) {
  const onRight = x < width / 2;
  const room = Math.max(120, (onRight ? width - x : x) - 16);
  return (
    <div
      className="chart-tooltip chart-surface__tooltip"
      style={{ top: y, maxWidth: room, ...(onRight ? { left: x + 12 } : { right: width - x + 12 }) }}
      role="presentation"
    >
      {children}
    </div>
  );
}
