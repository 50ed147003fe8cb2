import type { Scored, ScoreInput as MatrixInput } from "./methods/matrix-method";
import { inPerspective } from "./in-perspective";
import { methodOf } from "./methods/registry";
import type { NormalizationMethod, Result, ScoringMethod } from "./types";

export type { Scored } from "./methods/matrix-method";
export type ScoreInput = MatrixInput<ScoringMethod>;

/** The normalisation a method uses unless told otherwise; undefined for a method that normalises nothing. */
export function defaultNormalization(method: ScoringMethod): NormalizationMethod | undefined {
  const normalization = methodOf(method).normalizations[0];
  return normalization === "none" ? undefined : normalization;
}

/**
 * Applies the criteria's value functions, fills missing values, normalises, scores and ranks, with the normalised matrix: for the
 * methods of the registry that score a normalised matrix (the weighted sum, TOPSIS).
 */
export function scoreMatrix(input: ScoreInput): Result<Scored> {
  const method = methodOf(input.method);
  if (!("scoreMatrix" in method))
    return { ok: false, error: `${input.method} does not score a normalised matrix`, code: "not-matrix-method", params: { method: input.method } };
  return method.scoreMatrix(inPerspective(input));
}
