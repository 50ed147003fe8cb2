import { segmentSlopes, type ValuePoint } from "../scoring/value-function";

const list = (numbers: readonly number[]) => `{${numbers.map((n) => String(n)).join(",")}}`;

/**
 * v(x) as a spreadsheet formula, x a cell or an expression: x held to the first and last points,
 * then the value at the point at or below it plus its distance times that segment's slope. The
 * slopes are written as the engine computes them (segmentSlopes), so the sheet gives the
 * engine's values, exact at each point. LOOKUP over constant arrays needs no nesting, however
 * many points.
 */
export function valueFunctionFormula(points: readonly ValuePoint[], x: string): string {
  const xs = list(points.map(([px]) => px));
  const clamped = `MIN(MAX(${x},${points[0]![0]}),${points[points.length - 1]![0]})`;
  return `LOOKUP(${clamped},${xs},${list(points.map(([, v]) => v))})+(${clamped}-LOOKUP(${clamped},${xs},${xs}))*LOOKUP(${clamped},${xs},${list(segmentSlopes(points))})`;
}
