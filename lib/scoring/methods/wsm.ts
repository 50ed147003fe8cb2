import { normaliseMatrix } from "../normalise";
import { linearSensitivity } from "../sensitivity";
import { weightedScores, weightedSum } from "../weighted-sum";
import { defineMatrixMethod } from "./matrix-method";

/** The weighted sum of normalised values (min-max by default): contributions add up to the score. */
export const wsmMethod = defineMatrixMethod({
  id: "wsm",
  label: "Weighted sum (min-max normalised)",
  shortLabel: "Weighted sum",
  scoreLabel: "Score (weighted sum)",
  normalisationLabel: "min-max: each criterion scaled to 0 (worst) ... 1 (best) across the frameworks shown",
  normalizations: ["minmax", "vector", "max", "sum"],
  contributionKind: "additive",
  kernel: {
    orientsCost: () => true,
    // A value function replaces min-max normalisation: its values v(x) are the criterion's normalised values.
    keepsValues: true,
    score: (normalised, weights) => weightedSum(normalised, weights),
    sensitivity: (normalised, weights, _higherIsBetter, order) => linearSensitivity(normalised, weights, order),
    scorer: (normalised) => (weights, out) => weightedScores(normalised, weights, out),
  },
  spreadsheet: {
    intro: "Weighted sum, min-max normalised. Change the yellow weight cells: effective weights, scores and ranks recompute.",
    scoredSuffix: " (normalised)",
    weightedSuffix: " (contribution)",
    helperHeaders: ["Minimum (filled)", "Maximum (filled)"],
    scoredBlock(filled, directions, _parameters, valued) {
      const normalised = normaliseMatrix(filled, directions, "minmax");
      for (let k = 0; k < normalised.values.length; k++) if (valued[k % filled.cols]) normalised.values[k] = filled.values[k]!;
      return normalised;
    },
    // Each row's minimum and maximum, computed once, so a normalised value neither repeats the range nor rescans it.
    helperCells: (row) => [
      { formula: `MIN(${row.filledRange})`, result: Math.min(...row.filled) },
      { formula: `MAX(${row.filledRange})`, result: Math.max(...row.filled) },
    ],
    scoredFormula(row, x) {
      // A value function's values are the normalised values, as in the engine.
      if (row.valued) return x;
      const [min, max] = [row.helper(0), row.helper(1)];
      return `IF(${max}=${min},1,IF(${row.direction}="benefit",(${x}-${min})/(${max}-${min}),(${max}-${x})/(${max}-${min})))`;
    },
    scoreFormula: ({ weightedColumn }) => `SUM(${weightedColumn})`,
  },
});
