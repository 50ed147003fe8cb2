import type { CriterionSpec, MissingPolicy, RawMatrix } from "./types";
import { extremeOf, perspectiveDirection, pointsOf, segmentSlopes, serializeValueFunction, type ValuePoint, valueAt } from "./value-function";

type PerspectiveProblem = { criteria: readonly CriterionSpec[]; matrix: RawMatrix; missing?: MissingPolicy };

/**
 * The value a missing cell of a column valued per point is filled with, before its value
 * function: the mean of the known values, or the x of the scale (or, without one, of the known
 * range) that the value function holds worst or best.
 */
function fillOf(matrix: RawMatrix, j: number, c: CriterionSpec, points: readonly ValuePoint[], missing: MissingPolicy): number {
  const known = matrix.map((row) => row[j]).filter((x): x is number => x !== null && x !== undefined);
  const low = c.bounds?.min ?? (known.length ? Math.min(...known) : 0);
  const high = c.bounds?.max ?? (known.length ? Math.max(...known) : 0);
  if (missing === "mean") return known.length ? known.reduce((s, x) => s + x, 0) / known.length : (low + high) / 2;
  return extremeOf(points, low, high, missing);
}

/** The matrix with each column valued per point filled and replaced by its values v(x). */
function valuedMatrix(problem: PerspectiveProblem, missing: MissingPolicy): RawMatrix {
  const columns = problem.criteria.map((c, j) => {
    const points = pointsOf(c.valueFunction);
    if (!points) return null;
    const slopes = segmentSlopes(points);
    const fill = fillOf(problem.matrix, j, c, points, missing);
    return (x: number | null | undefined) => valueAt(points, x ?? fill, slopes);
  });
  return problem.matrix.map((row) => row.map((x, j) => (columns[j] ? columns[j](x) : x)));
}

/** Kept per matrix (by identity) and per setting, like the normalised matrix: a slider then reuses it. */
const valuedCache = new WeakMap<RawMatrix, Map<string, RawMatrix>>();
const SETTINGS_KEPT_PER_MATRIX = 16;

function cachedValuedMatrix(problem: PerspectiveProblem, missing: MissingPolicy): RawMatrix {
  const key = `${missing}|${problem.criteria.map((c) => `${c.valueFunction ? serializeValueFunction(c.valueFunction) : ""}:${c.bounds?.min}:${c.bounds?.max}`).join(",")}`;
  let kept = valuedCache.get(problem.matrix);
  const found = kept?.get(key);
  if (found) return found;
  const valued = valuedMatrix(problem, missing);
  if (!kept) {
    kept = new Map();
    valuedCache.set(problem.matrix, kept);
  }
  if (kept.size >= SETTINGS_KEPT_PER_MATRIX) kept.clear();
  kept.set(key, valued);
  return valued;
}

/**
 * The problem as the perspective sees it, what every method then scores: a criterion whose
 * value function is a direction takes that direction; one valued per point becomes a benefit
 * column of its values v(x) in [0, 1], its missing cells filled first (by the problem's policy,
 * the value function deciding what is worst or best), and is marked `valued` (the weighted sum
 * takes those values as they are, in place of min-max normalisation). Without value functions
 * the problem is returned as it is, so the default is exactly what it was.
 */
export function inPerspective<P extends PerspectiveProblem>(problem: P): P {
  if (!problem.criteria.some((c) => c.valueFunction)) return problem;
  const missing = problem.missing ?? "mean";
  const valuesPerPoint = problem.criteria.some((c) => pointsOf(c.valueFunction));
  const criteria = problem.criteria.map((c): CriterionSpec => {
    const { valueFunction, ...rest } = c;
    if (!valueFunction) return c;
    return pointsOf(valueFunction)
      ? { ...rest, direction: "benefit", bounds: { min: 0, max: 1 }, valued: true }
      : { ...rest, direction: perspectiveDirection(c) };
  });
  return { ...problem, criteria, matrix: valuesPerPoint ? cachedValuedMatrix(problem, missing) : problem.matrix };
}
