"use client";

import { useChartWidth } from "recharts";
import { type Anchor, RADAR_LINE_HEIGHT, RADAR_NAME_SIZE, radarNameLines } from "@/lib/charts/radar-layout";
import { TextLines } from "./text-lines";

type Props = { x?: number; y?: number; textAnchor?: Anchor; verticalAnchor?: string; fill?: string; payload?: { value?: unknown } };

/**
 * A radar spoke's name (Recharts passes a PolarAngleAxis tick its place and anchors), wrapped to
 * the room between the spoke's end and the chart's edge, its lines grown away from the chart.
 */
export function RadarName({ x = 0, y = 0, textAnchor = "middle", verticalAnchor = "middle", fill = "#666", payload }: Props) {
  const width = useChartWidth() ?? 0;
  const lines = radarNameLines(String(payload?.value ?? ""), x, textAnchor, width);
  const below = (lines.length - 1) * RADAR_LINE_HEIGHT;
  // The first line's baseline: under the point, over it, or the lines centred on it.
  const first = verticalAnchor === "start" ? y + 0.71 * RADAR_NAME_SIZE : verticalAnchor === "end" ? y - below : y + 0.355 * RADAR_NAME_SIZE - below / 2;
  return <TextLines lines={lines} x={x} y={first} step={RADAR_LINE_HEIGHT} textAnchor={textAnchor} fontSize={RADAR_NAME_SIZE} fill={fill} />;
}
