import { closeness, idealPoints } from "../topsis";
import type { DenseMatrix } from "../types";
import { defineMatrixMethod } from "./matrix-method";
import type { WeightScorer } from "./method";

/**
 * TOPSIS for any weights at O(cells) each: the ideals of the weighted matrix are the weights
 * times the ideals of the normalised one (weights are non-negative), so the squared gaps to
 * them are computed once and each distance is sqrt(sum_j w_j^2 * gap_ij).
 */
function closenessScorer(r: DenseMatrix, higherIsBetter: readonly boolean[]): WeightScorer {
  const { rows, cols, values } = r;
  const { ideal, antiIdeal } = idealPoints(r, higherIsBetter);
  const toIdeal = new Float64Array(rows * cols);
  const toAntiIdeal = new Float64Array(rows * cols);
  for (let k = 0; k < rows * cols; k++) {
    const j = k % cols;
    toIdeal[k] = (values[k]! - ideal[j]!) ** 2;
    toAntiIdeal[k] = (values[k]! - antiIdeal[j]!) ** 2;
  }
  const squared = new Float64Array(cols);
  return (weights, out) => {
    for (let j = 0; j < cols; j++) squared[j] = weights[j]! * weights[j]!;
    for (let i = 0; i < rows; i++) {
      let plus = 0;
      let minus = 0;
      for (let j = 0, k = i * cols; j < cols; j++, k++) {
        plus += squared[j]! * toIdeal[k]!;
        minus += squared[j]! * toAntiIdeal[k]!;
      }
      out[i] = closeness(Math.sqrt(plus), Math.sqrt(minus));
    }
    return out;
  };
}

/** TOPSIS (vector normalised by default): closeness to the ideal; contributions are the weighted normalised values. */
export const topsisMethod = defineMatrixMethod({
  id: "topsis",
  label: "TOPSIS (vector normalised)",
  normalizations: ["vector", "minmax", "max", "sum"],
  contributionKind: "distance",
  scorerOf: ({ normalised, higherIsBetter }) => closenessScorer(normalised, higherIsBetter),
});
