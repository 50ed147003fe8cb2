import type { MissingPolicy, ScoringMethod } from "../scoring/types";

/** How each method and missing-value policy is named, on screen and in every export. */
export const METHOD_LABELS: Record<ScoringMethod, string> = {
  wsm: "Weighted sum (min-max normalised)",
  topsis: "TOPSIS (vector normalised)",
};

/** The normalisation each method uses before weighting (lib/scoring/score-matrix). */
export const NORMALISATION_LABELS: Record<ScoringMethod, string> = {
  wsm: "min-max: each criterion scaled to 0 (worst) ... 1 (best) across the frameworks shown",
  topsis: "vector: each criterion divided by the root of its sum of squares",
};

export const MISSING_LABELS: Record<MissingPolicy, string> = {
  mean: "Mean of the known values (default)",
  worst: "Worst end of the scale",
  best: "Best end of the scale",
};
