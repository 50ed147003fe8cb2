import { nice, ticks } from "d3-array";

export type NumberAxis = { domain: [number, number]; ticks: number[] };

/**
 * A number axis for values: the smallest "nice" domain that holds them all (and `include`,
 * e.g. 0 for bars from zero) and about `count` round ticks across it. Given to a chart so it
 * does not work this out itself on every render: Recharts does it with decimal arithmetic,
 * which after a weight change cost more than drawing the lines did.
 */
export function numberAxis(values: Iterable<number>, { count = 5, include = [] as number[] } = {}): NumberAxis {
  let min = Infinity;
  let max = -Infinity;
  for (const v of [...include, ...values]) {
    if (!Number.isFinite(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (min === Infinity) return { domain: [0, 1], ticks: ticks(0, 1, count) };
  if (min === max) {
    const pad = Math.abs(min) / 10 || 1;
    min -= pad;
    max += pad;
  }
  const [start, stop] = nice(min, max, count);
  return { domain: [start, stop], ticks: ticks(start, stop, count) };
}
