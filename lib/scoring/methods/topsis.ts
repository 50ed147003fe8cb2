import { normaliseMatrix } from "../normalise";
import { distanceSensitivity } from "../sensitivity";
import { closeness, idealPoints, topsis } from "../topsis";
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

const best = (values: readonly number[], benefit: boolean) => (benefit ? Math.max(...values) : Math.min(...values));

/** TOPSIS (vector normalised by default): closeness to the ideal; contributions are the weighted normalised values. */
export const topsisMethod = defineMatrixMethod({
  id: "topsis",
  label: "TOPSIS (vector normalised)",
  shortLabel: "TOPSIS",
  scoreLabel: "Closeness (TOPSIS)",
  normalisationLabel: "vector: each criterion divided by the root of its sum of squares",
  normalizations: ["vector", "minmax", "max", "sum"],
  contributionKind: "distance",
  kernel: {
    // With vector normalisation cost columns keep their values and the ideal points the other way.
    orientsCost: (normalization) => normalization !== "vector",
    score: (normalised, weights, higherIsBetter) => topsis(normalised, weights, higherIsBetter),
    sensitivity: distanceSensitivity,
    scorer: closenessScorer,
  },
  spreadsheet: {
    intro: "TOPSIS, vector normalised. Change the yellow weight cells: effective weights, closeness and ranks recompute.",
    scoredSuffix: " (vector-normalised)",
    weightedSuffix: " (weighted)",
    helperHeaders: ["Ideal", "Anti-ideal", "Vector norm (filled)"],
    scoredBlock: (filled, directions) => normaliseMatrix(filled, directions, "vector", { orientCost: false }),
    helperCells(row) {
      const benefit = `IF(${row.direction}="benefit",`;
      return [
        { formula: `${benefit}MAX(${row.weightedRange}),MIN(${row.weightedRange}))`, result: row.weight * best(row.scored, row.benefit) },
        { formula: `${benefit}MIN(${row.weightedRange}),MAX(${row.weightedRange}))`, result: row.weight * best(row.scored, !row.benefit) },
        { formula: `SQRT(SUMSQ(${row.filledRange}))`, result: Math.sqrt(row.filled.reduce((sum, x) => sum + x * x, 0)) },
      ];
    },
    scoredFormula: (row, x) => `IF(${row.helper(2)}=0,1,${x}/${row.helper(2)})`,
    scoreFormula({ weightedColumn: v, helperColumn }) {
      const toIdeal = `SQRT(SUMXMY2(${v},${helperColumn(0)}))`;
      const toAnti = `SQRT(SUMXMY2(${v},${helperColumn(1)}))`;
      return `IF(${toIdeal}+${toAnti}=0,0.5,${toAnti}/(${toIdeal}+${toAnti}))`;
    },
  },
});
