import type { DenseMatrix } from "./types";

/**
 * Weighted sum model: score_i = sum_j w_j * r_ij over a normalised matrix (higher is better).
 * Returns the scores and each cell's contribution w_j * r_ij, which sum to the score.
 */
export function weightedSum(r: DenseMatrix, weights: Float64Array): { scores: Float64Array; contributions: Float64Array } {
  const { rows, cols, values } = r;
  const scores = new Float64Array(rows);
  const contributions = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++) {
    let s = 0;
    const base = i * cols;
    for (let j = 0; j < cols; j++) {
      const c = weights[j]! * values[base + j]!;
      contributions[base + j] = c;
      s += c;
    }
    scores[i] = s;
  }
  return { scores, contributions };
}

/** Scores only, without the contribution matrix: the hot loop of sensitivity and benchmarks. */
export function weightedScores(r: DenseMatrix, weights: Float64Array, out: Float64Array = new Float64Array(r.rows)): Float64Array {
  const { rows, cols, values } = r;
  for (let i = 0; i < rows; i++) {
    let s = 0;
    const base = i * cols;
    for (let j = 0; j < cols; j++) s += weights[j]! * values[base + j]!;
    out[i] = s;
  }
  return out;
}
