import type { DenseMatrix } from "./types";

/**
 * Ideal and anti-ideal of each column of a normalised matrix. `higherIsBetter[j]` is false
 * for a cost criterion whose normalised values were not re-oriented (vector normalisation).
 * Weights are non-negative, so the ideal of w_j * r_ij is w_j times the ideal of r_ij.
 */
export function idealPoints(r: DenseMatrix, higherIsBetter: readonly boolean[]): { ideal: Float64Array; antiIdeal: Float64Array } {
  const { rows, cols, values } = r;
  const ideal = new Float64Array(cols);
  const antiIdeal = new Float64Array(cols);
  for (let j = 0; j < cols; j++) {
    let min = Infinity;
    let max = -Infinity;
    for (let i = 0; i < rows; i++) {
      const x = values[i * cols + j]!;
      if (x < min) min = x;
      if (x > max) max = x;
    }
    ideal[j] = higherIsBetter[j] ? max : min;
    antiIdeal[j] = higherIsBetter[j] ? min : max;
  }
  return { ideal, antiIdeal };
}

/** Relative closeness D- / (D+ + D-); an alternative at both ideals (all alike) scores 0.5. */
export function closeness(dPlus: number, dMinus: number): number {
  const total = dPlus + dMinus;
  return total === 0 ? 0.5 : dMinus / total;
}

/**
 * TOPSIS (Hwang & Yoon 1981): weighted normalised values v_ij = w_j * r_ij, Euclidean
 * distances to the ideal (D+) and anti-ideal (D-) solutions, score = D- / (D+ + D-) in [0, 1].
 * Contributions are the weighted normalised values v_ij; unlike the weighted sum's they do
 * not add up to the score.
 */
export function topsis(
  r: DenseMatrix,
  weights: Float64Array,
  higherIsBetter: readonly boolean[],
): { scores: Float64Array; contributions: Float64Array; dPlus: Float64Array; dMinus: Float64Array } {
  const { rows, cols, values } = r;
  const { ideal, antiIdeal } = idealPoints(r, higherIsBetter);
  const scores = new Float64Array(rows);
  const dPlus = new Float64Array(rows);
  const dMinus = new Float64Array(rows);
  const contributions = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++) {
    let plus = 0;
    let minus = 0;
    for (let j = 0; j < cols; j++) {
      const w = weights[j]!;
      const x = values[i * cols + j]!;
      contributions[i * cols + j] = w * x;
      const a = w * (x - ideal[j]!);
      const b = w * (x - antiIdeal[j]!);
      plus += a * a;
      minus += b * b;
    }
    dPlus[i] = Math.sqrt(plus);
    dMinus[i] = Math.sqrt(minus);
    scores[i] = closeness(dPlus[i]!, dMinus[i]!);
  }
  return { scores, contributions, dPlus, dMinus };
}
