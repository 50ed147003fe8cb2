import { curveMonotoneX, line } from "d3-shape";

/** Maps a value in `domain` linearly onto `range` (pixels); a domain of one point maps to the range's middle. */
export function linearScale([d0, d1]: readonly [number, number], [r0, r1]: readonly [number, number]): (value: number) => number {
  const span = d1 - d0;
  if (span === 0) return () => (r0 + r1) / 2;
  const k = (r1 - r0) / span;
  return (value) => r0 + (value - d0) * k;
}

const monotone = line<readonly [number, number]>().curve(curveMonotoneX);

/**
 * The SVG path of a smooth curve through points in order of x, monotone between them (it never
 * overshoots a point, so a crossing drawn is a crossing computed); "" for fewer than two.
 */
export function monotonePath(points: ReadonlyArray<readonly [number, number]>): string {
  return points.length < 2 ? "" : (monotone(points) ?? "");
}
