import { z } from "zod";
import { filledAndNormalised } from "../filled-and-normalised";
import { rankScores } from "../rank";
import type { WeightSensitivity } from "../sensitivity";
import { type CriterionSpec, type DenseMatrix, type MissingPolicy, NORMALIZATIONS, type NormalizationMethod, type RawMatrix, type Result } from "../types";
import { normaliseWeights } from "../weights";
import { type ContributionKind, defineMethod, type Evaluation, type Problem, type WeightScorer } from "./method";
import type { SpreadsheetFormulas } from "./spreadsheet";

export type ScoreInput<Id extends string = string> = {
  method: Id;
  criteria: readonly CriterionSpec[];
  matrix: RawMatrix;
  normalization?: NormalizationMethod;
  missing?: MissingPolicy;
};

/** What a method that scores a normalised matrix computed, its intermediate steps included. */
export type Scored = Evaluation & {
  method: string;
  normalization: NormalizationMethod;
  /** The normalised matrix the method scored (higher is better, except TOPSIS's vector cost columns). */
  normalised: DenseMatrix;
  /** Whether higher normalised values are better, per criterion. */
  higherIsBetter: boolean[];
  /** weight x normalised value per cell (row-major); sums to the score for the weighted sum. */
  contributions: Float64Array;
  sensitivity: WeightSensitivity;
};

/** What a method does once the matrix is filled and normalised. */
type MatrixKernel = {
  /** Whether a normalisation turns cost columns round (TOPSIS's vector keeps them and points its ideal the other way). */
  orientsCost: (normalization: NormalizationMethod) => boolean;
  /** Whether a valued column's values v(x) stand in for its normalised values (the weighted sum, as in Hiview); else they are normalised as data. */
  keepsValues?: boolean;
  score: (normalised: DenseMatrix, weights: Float64Array, higherIsBetter: readonly boolean[]) => { scores: Float64Array; contributions: Float64Array };
  sensitivity: (normalised: DenseMatrix, weights: Float64Array, higherIsBetter: readonly boolean[], order: readonly number[]) => WeightSensitivity;
  /** Scores for any weights, from the weight-independent normalised matrix. */
  scorer: (normalised: DenseMatrix, higherIsBetter: readonly boolean[]) => WeightScorer;
};

/** Fills missing values, normalises, scores and ranks: the core of every view, export and API call of such a method. */
function scoreNormalised(id: string, kernel: MatrixKernel, input: ScoreInput, defaultNormalization: NormalizationMethod): Result<Scored> {
  const weights = normaliseWeights(input.criteria.map((c) => c.weight));
  if (!weights.ok) return weights;
  const normalization = input.normalization ?? defaultNormalization;
  const missing = input.missing ?? "mean";
  const directions = input.criteria.map((c) => c.direction);
  const orientCost = kernel.orientsCost(normalization);
  const normalised = filledAndNormalised(input.matrix, input.criteria, missing, normalization, orientCost, kernel.keepsValues);
  const higherIsBetter = directions.map((d) => orientCost || d === "benefit");
  const { scores, contributions } = kernel.score(normalised, weights.value, higherIsBetter);
  const { order, ranks } = rankScores(scores);
  return {
    ok: true,
    value: {
      method: id,
      normalization,
      missing,
      weights: weights.value,
      normalised,
      higherIsBetter,
      scores,
      contributions,
      order,
      ranks,
      contributionKind: "additive",
      sensitivity: kernel.sensitivity(normalised, weights.value, higherIsBetter, order),
    },
  };
}

/**
 * A method that fills, normalises (its default first in `normalizations`) and then scores
 * the normalised matrix, as a module of the registry; it reads no parameter of its own from a
 * criterion. `scoreMatrix` gives its intermediate steps too (the normalised matrix).
 */
export function defineMatrixMethod<const Id extends string>(method: {
  id: Id;
  label: string;
  shortLabel: string;
  scoreLabel: string;
  normalisationLabel: string;
  normalizations: readonly [NormalizationMethod, ...NormalizationMethod[]];
  contributionKind: ContributionKind;
  kernel: MatrixKernel;
  spreadsheet?: SpreadsheetFormulas;
}) {
  const { kernel, ...described } = method;
  const scoreMatrix = (input: ScoreInput): Result<Scored> => {
    const s = scoreNormalised(method.id, kernel, input, method.normalizations[0]);
    return s.ok ? { ok: true, value: { ...s.value, contributionKind: method.contributionKind } } : s;
  };
  const fromProblem = (problem: Problem) => {
    if (problem.normalization === "none")
      return {
        ok: false as const,
        error: `${method.id} needs a normalisation: ${NORMALIZATIONS.join(", ")}`,
        code: "needs-normalisation" as const,
        params: { method: method.id, normalisations: NORMALIZATIONS.join(", ") },
      };
    return scoreMatrix({ ...problem, method: method.id, normalization: problem.normalization });
  };
  return {
    ...defineMethod({
      ...described,
      // A loose object: a criterion carrying another method's fields is still one of these.
      criterionParameters: z.looseObject({}),
      score: fromProblem,
      weightScorer(problem) {
        const s = fromProblem(problem);
        return s.ok ? { ok: true, value: kernel.scorer(s.value.normalised, s.value.higherIsBetter) } : s;
      },
    }),
    scoreMatrix,
  };
}
