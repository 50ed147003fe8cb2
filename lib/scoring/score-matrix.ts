import { imputeMissing } from "./impute-missing";
import { normaliseMatrix } from "./normalise";
import { rankScores } from "./rank";
import { topsis } from "./topsis";
import { weightedSum } from "./weighted-sum";
import type { CriterionSpec, DenseMatrix, MissingPolicy, NormalizationMethod, RawMatrix, Result, ScoringMethod } from "./types";
import { normaliseWeights } from "./weights";

export type ScoreInput = {
  method: ScoringMethod;
  criteria: readonly CriterionSpec[];
  matrix: RawMatrix;
  normalization?: NormalizationMethod;
  missing?: MissingPolicy;
};

export type Scored = {
  method: ScoringMethod;
  normalization: NormalizationMethod;
  missing: MissingPolicy;
  /** Normalised weights, summing to 1. */
  weights: Float64Array;
  /** The normalised matrix the method scored (higher is better, except TOPSIS's vector cost columns). */
  normalised: DenseMatrix;
  /** Whether higher normalised values are better, per criterion. */
  higherIsBetter: boolean[];
  scores: Float64Array;
  /** weight x normalised value per cell (row-major); sums to the score for the weighted sum. */
  contributions: Float64Array;
  order: number[];
  ranks: number[];
};

export const defaultNormalization = (method: ScoringMethod): NormalizationMethod => (method === "wsm" ? "minmax" : "vector");

/**
 * The filled-in, normalised matrix does not depend on the weights: a view that changes only
 * its weights (a slider, the perspectives' presets) scores the same value matrix again, so it
 * is kept per matrix (by identity, for as long as the matrix lives) and per setting. Never
 * written to by the methods that read it.
 */
const normalisedCache = new WeakMap<RawMatrix, Map<string, DenseMatrix>>();
const SETTINGS_KEPT_PER_MATRIX = 16;

function filledAndNormalised(
  matrix: RawMatrix,
  criteria: readonly CriterionSpec[],
  missing: MissingPolicy,
  normalization: NormalizationMethod,
  orientCost: boolean,
): DenseMatrix {
  const key = `${missing}|${normalization}|${orientCost}|${criteria.map((c) => `${c.direction}:${c.bounds?.min}:${c.bounds?.max}`).join(",")}`;
  let kept = normalisedCache.get(matrix);
  const found = kept?.get(key);
  if (found) return found;
  const normalised = normaliseMatrix(
    imputeMissing(matrix, criteria, missing),
    criteria.map((c) => c.direction),
    normalization,
    { orientCost },
  );
  if (!kept) {
    kept = new Map();
    normalisedCache.set(matrix, kept);
  }
  if (kept.size >= SETTINGS_KEPT_PER_MATRIX) kept.clear();
  kept.set(key, normalised);
  return normalised;
}

/** Fills missing values, normalises, scores and ranks; the core of every view, export and API call. */
export function scoreMatrix(input: ScoreInput): Result<Scored> {
  const weights = normaliseWeights(input.criteria.map((c) => c.weight));
  if (!weights.ok) return weights;
  const normalization = input.normalization ?? defaultNormalization(input.method);
  const missing = input.missing ?? "mean";
  const directions = input.criteria.map((c) => c.direction);
  // TOPSIS with vector normalisation keeps cost columns as they are and points the ideal the other way.
  const orientCost = !(input.method === "topsis" && normalization === "vector");
  const normalised = filledAndNormalised(input.matrix, input.criteria, missing, normalization, orientCost);
  const higherIsBetter = directions.map((d) => orientCost || d === "benefit");
  const { scores, contributions } = input.method === "wsm" ? weightedSum(normalised, weights.value) : topsis(normalised, weights.value, higherIsBetter);
  const { order, ranks } = rankScores(scores);
  return {
    ok: true,
    value: { method: input.method, normalization, missing, weights: weights.value, normalised, higherIsBetter, scores, contributions, order, ranks },
  };
}
