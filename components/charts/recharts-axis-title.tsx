"use client";

import { useChartHeight, useChartWidth, usePlotArea } from "recharts";
import { AxisTitle, axisTitleLines, extraTitleHeight } from "./axis-title";
import { useMeasuredWidth } from "./plot-svg";

/** From the plot's bottom edge to the title's first baseline, under the numbers of a Recharts XAxis (30 px high). */
const UNDER_NUMBERS = 44;
/** From the chart's left edge to a left title's baseline (the title reads upwards). */
const LEFT_BASELINE = 16;

/** A Recharts chart's bottom title: its lines at the width of the element `ref` measures, and the height they add. */
export function useAxisTitle(text: string) {
  const { ref, width } = useMeasuredWidth(600);
  const lines = axisTitleLines(text, width);
  return { ref, lines, extra: extraTitleHeight(lines) };
}

/** Inside a Recharts chart: the title under its bottom axis's numbers (the chart's bottom margin leaves room for its lines). */
export function RechartsAxisTitle({ lines }: { lines: readonly string[] }) {
  const plot = usePlotArea();
  const width = useChartWidth();
  if (!plot || !width) return null;
  return <AxisTitle lines={lines} centre={plot.x + plot.width / 2} y={plot.y + plot.height + UNDER_NUMBERS} width={width} fill="#666" />;
}

/** Inside a Recharts chart: its left axis's title, reading upwards by the chart's left edge, in lines as long as the plot is high. */
export function RechartsLeftTitle({ text }: { text: string }) {
  const plot = usePlotArea();
  const height = useChartHeight();
  if (!plot || !height) return null;
  // Turned a quarter left about the chart's bottom left corner: the title's "width" is the chart's height.
  return (
    <g transform={`translate(${LEFT_BASELINE} ${height}) rotate(-90)`}>
      <AxisTitle lines={axisTitleLines(text, plot.height)} centre={height - plot.y - plot.height / 2} y={0} width={height} fill="#666" />
    </g>
  );
}
