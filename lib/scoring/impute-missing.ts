import type { CriterionSpec, DenseMatrix, MissingPolicy, RawMatrix } from "./types";
import { extremeOf, perspectiveDirection, pointsOf } from "./value-function";

/**
 * Fills the missing cells of each column by the policy and returns a dense matrix. A column
 * with no known value (and no bounds) becomes all zeros, which no normalisation can tell apart.
 * Worst and best are the perspective's: a criterion's value function may reverse its direction,
 * or value its points so that its worst lies elsewhere than at an end.
 */
export function imputeMissing(matrix: RawMatrix, criteria: readonly CriterionSpec[], policy: MissingPolicy): DenseMatrix {
  const rows = matrix.length;
  const cols = criteria.length;
  const values = new Float64Array(rows * cols);
  for (let j = 0; j < cols; j++) {
    let min = Infinity;
    let max = -Infinity;
    let sum = 0;
    let known = 0;
    for (let i = 0; i < rows; i++) {
      const v = matrix[i]![j];
      if (v === null || v === undefined) continue;
      if (v < min) min = v;
      if (v > max) max = v;
      sum += v;
      known++;
    }
    const criterion = criteria[j]!;
    const { bounds } = criterion;
    const low = bounds?.min ?? (known ? min : 0);
    const high = bounds?.max ?? (known ? max : 0);
    const points = pointsOf(criterion.valueFunction);
    const benefit = perspectiveDirection(criterion) === "benefit";
    const end = (which: "worst" | "best") => (points ? extremeOf(points, low, high, which) : benefit === (which === "best") ? high : low);
    const fill = policy === "mean" ? (known ? sum / known : (low + high) / 2) : end(policy);
    for (let i = 0; i < rows; i++) {
      const v = matrix[i]![j];
      values[i * cols + j] = v === null || v === undefined ? fill : v;
    }
  }
  return { rows, cols, values };
}

/** What imputeMissing reads of the criteria, as text: part of the key of any result kept per matrix that was filled by it. */
export function imputationKey(criteria: readonly CriterionSpec[]): string {
  return criteria.map((c) => `${c.direction}:${c.bounds?.min}:${c.bounds?.max}:${JSON.stringify(c.valueFunction ?? null)}`).join(",");
}
