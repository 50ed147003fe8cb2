import type { CriterionSpec, MissingPolicy, RawMatrix } from "./types";
import { imputeMissing } from "./impute-missing";
import { perspectiveDirection, pointsOf, segmentSlopes, serializeValueFunction, valueAt } from "./value-function";

type PerspectiveProblem = { criteria: readonly CriterionSpec[]; matrix: RawMatrix; missing?: MissingPolicy };

/** The matrix filled (by the problem's policy, the value functions deciding what is worst and best), each column valued per point replaced by its values v(x). */
function valuedMatrix(problem: PerspectiveProblem, missing: MissingPolicy): RawMatrix {
  const { cols, values } = imputeMissing(problem.matrix, problem.criteria, missing);
  const valuing = problem.criteria.map((c) => {
    const points = pointsOf(c.valueFunction);
    if (!points) return null;
    const slopes = segmentSlopes(points);
    return (x: number) => valueAt(points, x, slopes);
  });
  return problem.matrix.map((row, i) =>
    row.map((x, j) => {
      const filled = values[i * cols + j]!;
      return valuing[j] ? valuing[j](filled) : x;
    }),
  );
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
