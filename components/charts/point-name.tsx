"use client";

import { useChartWidth } from "recharts";
import { wrapText } from "@/lib/charts/standalone-svg";
import { centreWithin, TextLines } from "./text-lines";

const SIZE = 11;
const LINE = 13;
/** A name wider than this wraps, into three lines at most. */
const MAX_WIDTH = 110;
const MAX_LINES = 3;
/** Between the point and the name's last line. */
const GAP = 6;

type Props = { viewBox?: { x?: number; y?: number; width?: number }; value?: unknown; fill?: string };

/**
 * A point's name over it (a Recharts LabelList's content, given the point's box): wrapped, and
 * moved in from the chart's edge where it would cross it, as the best framework's does at the
 * right end of the axis.
 */
export function PointName({ viewBox, value, fill = "#1b2330" }: Props) {
  const chartWidth = useChartWidth() ?? 0;
  const { x = 0, y = 0, width = 0 } = viewBox ?? {};
  const lines = wrapText(String(value ?? ""), MAX_WIDTH, SIZE, MAX_LINES);
  const centre = centreWithin(lines, SIZE, x + width / 2, chartWidth);
  return <TextLines lines={lines} x={centre} y={y - GAP - (lines.length - 1) * LINE} step={LINE} textAnchor="middle" fontSize={SIZE} fill={fill} />;
}
