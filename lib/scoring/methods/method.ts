import type { z } from "zod";
import type { Flip } from "../sensitivity";
import type { CriterionSpec, MissingPolicy, NormalizationMethod, RawMatrix, Result } from "../types";

/**
 * What a method's contributions are: "additive" parts that sum to the score (weighted sum),
 * "distance" parts, the weighted normalised values a distance is measured on (TOPSIS), or
 * "flows", each criterion's share of the net flow, which sum to it (PROMETHEE II).
 */
export type ContributionKind = "additive" | "distance" | "flows";

/** How a method makes criteria comparable: one of the normalisations, or "none" (it compares raw differences). */
export type MethodNormalization = NormalizationMethod | "none";

/** A decision problem as every method reads it: criteria with weights, and alternatives x criteria values. */
export type Problem = {
  criteria: readonly CriterionSpec[];
  matrix: RawMatrix;
  normalization?: MethodNormalization;
  missing?: MissingPolicy;
};

export type Evaluation = {
  normalization: MethodNormalization;
  missing: MissingPolicy;
  /** Normalised weights, summing to 1. */
  weights: Float64Array;
  scores: Float64Array;
  order: number[];
  ranks: number[];
  /** Per cell (row-major, alternative i on criterion j at i * cols + j); what they are: contributionKind. */
  contributions: Float64Array;
  contributionKind: ContributionKind;
  /** PROMETHEE's positive and negative outranking flows, per alternative. */
  flows?: { positive: Float64Array; negative: Float64Array };
  /** The weights at which the leader would change (computed on demand: it costs more than scoring). */
  flips?: () => Flip[];
};

/**
 * The scores of every alternative for any weight vector, with the weight-independent work
 * (filling, normalising, pairwise preferences) done once: the inner loop of SMAA.
 */
export type WeightScorer = (weights: Float64Array, out: Float64Array) => Float64Array;

/** What a method reads from one criterion; the criterion may carry other fields (its id, another method's). @public (the method modules' interface) */
export type CriterionParameters<Parameters extends z.ZodObject> = z.infer<Parameters> & Record<string, unknown>;

/**
 * One decision method. `criterionParameters` is the zod schema of what a criterion may carry
 * for it (PROMETHEE II's preference function); `score` and `weightScorer` get one such object
 * per criterion, in the criteria's order.
 * @public (the method modules' interface)
 */
export type ScoringMethodModule<Id extends string, Parameters extends z.ZodObject> = {
  readonly id: Id;
  readonly label: string;
  /** The normalisations it accepts, its default first. */
  readonly normalizations: readonly [MethodNormalization, ...MethodNormalization[]];
  readonly contributionKind: ContributionKind;
  readonly criterionParameters: Parameters;
  score(problem: Problem, parameters: readonly CriterionParameters<Parameters>[]): Result<Evaluation>;
  weightScorer(problem: Problem, parameters: readonly CriterionParameters<Parameters>[]): Result<WeightScorer>;
};

export const defineMethod = <const Id extends string, Parameters extends z.ZodObject>(module: ScoringMethodModule<Id, Parameters>) => module;
