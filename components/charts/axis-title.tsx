import { wrapText } from "@/lib/charts/standalone-svg";
import { centreWithin, TextLines } from "./text-lines";

const SIZE = 12;
const LINE = 14;
const MAX_LINES = 3;
/** Kept clear between the title and the chart's edges. */
const EDGE = 4;

/** A bottom axis's title in lines that fit a chart `width` wide (a phone's chart is about 330 px). */
export function axisTitleLines(text: string, width: number): string[] {
  return wrapText(text, width - 2 * EDGE, SIZE, MAX_LINES);
}

/** The height the title's lines after the first add under the plot. */
export const extraTitleHeight = (lines: readonly string[]) => (lines.length - 1) * LINE;

/**
 * The title's lines, centred on `centre` where they fit, moved in from the edge they would
 * cross otherwise: under a plot whose names take its left side, the plot's centre is right of
 * the chart's, and a long title centred there runs past the right edge.
 */
export function AxisTitle({ lines, centre, y, width, fill = "#333" }: { lines: readonly string[]; centre: number; y: number; width: number; fill?: string }) {
  const x = centreWithin(lines, SIZE, centre, width);
  return <TextLines lines={lines} x={x} y={y} step={LINE} textAnchor="middle" fontSize={SIZE} fill={fill} stroke="none" />;
}
