import type { SVGProps } from "react";
import { textWidth } from "@/lib/charts/text-width";

/** Kept clear between a text and the chart's edge. */
const EDGE = 4;

/** A text in lines, a tspan each, from the first line's baseline at (x, y), `step` apart. */
export function TextLines({
  lines,
  x,
  y,
  step,
  ...text
}: { lines: readonly string[]; x: number; y: number; step: number } & Omit<SVGProps<SVGTextElement>, "x" | "y">) {
  return (
    <text x={x} y={y} {...text}>
      {lines.map((line, i) => (
        <tspan key={line} x={x} dy={i === 0 ? 0 : step}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** Where to centre lines of text at `size` on `centre`, moved in from the edge of a chart `width` wide that they would cross otherwise. */
export function centreWithin(lines: readonly string[], size: number, centre: number, width: number): number {
  const half = Math.max(0, ...lines.map((line) => textWidth(line, size))) / 2;
  return Math.max(EDGE + half, Math.min(centre, width - EDGE - half));
}
