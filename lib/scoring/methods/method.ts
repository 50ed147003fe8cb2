import type { z } from "zod";
import type { WeightSensitivity } from "../sensitivity";
import type { SpreadsheetFormulas } from "./spreadsheet";
import type { CriterionSpec, MissingPolicy, NormalizationMethod, RawMatrix, Result } from "../types";

/**
 * What a method's contributions are: "additive" parts that sum to the score (weighted sum),
 * "distance" parts, the weighted normalised values a distance is measured on (TOPSIS), or
 * "flows", each criterion's share of the net flow, which sum to it (PROMETHEE II).
 */
export type ContributionKind = "additive" | "distance" | "flows";

/** How each kind of contribution is put on screen and in the exports. */
export const CONTRIBUTION_WORDING: Record<
  ContributionKind,
  { heading: string; axis: string; reading: (part: string) => string; bar: string; sumsToScore: boolean }
> = {
  additive: {
    heading: "Ranking: what each criterion contributes",
    axis: "Score: sum of weight × normalised value",
    reading: (part) => `Each bar is a framework's score, split into what each ${part} adds (weight × normalised value); segments are coloured by category.`,
    bar: "Bar length: the score, the sum of each criterion's weight × normalised value; segments coloured by category.",
    sumsToScore: true,
  },
  distance: {
    heading: "Ranking: closeness to the ideal (TOPSIS)",
    axis: "Sum of weighted normalised values",
    reading: () => "Each bar adds up the weighted normalised values; TOPSIS ranks by distance to the ideal, so the bar's length is not the score.",
    bar: "Bar length: the sum of weighted normalised values; TOPSIS ranks by distance to the ideal, so the number at the end is the score.",
    sumsToScore: false,
  },
  flows: {
    heading: "Ranking: net outranking flow, each criterion's share",
    axis: "Net flow: the sum of the parts",
    reading: (part) =>
      `Each bar is a framework's net flow (how much it outranks the others, minus how much they outrank it), split into what each ${part} adds (weight × its net flow on that ${part}); segments left of zero take away.`,
    bar: "Bar length: what the criteria that raise the net flow add (weight × the criterion's net flow); those that lower it are not drawn, so the number at the end is the net flow.",
    sumsToScore: true,
  },
};

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
  /**
   * How the scores answer to the weights: flip points, the tornado, the sliders' lines
   * (computed on demand: they cost more than scoring). A method that leaves it out gets a
   * numeric search from its weight scorer (evaluate.ts).
   */
  sensitivity?: WeightSensitivity;
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
  /** A few words, for a column head: "Weighted sum". */
  readonly shortLabel: string;
  /** What its score is: "Score (weighted sum)". */
  readonly scoreLabel: string;
  /** How it makes criteria comparable on /compare and in the exports (its default normalisation). */
  readonly normalisationLabel: string;
  /** The normalisations it accepts, its default first. */
  readonly normalizations: readonly [MethodNormalization, ...MethodNormalization[]];
  readonly contributionKind: ContributionKind;
  readonly criterionParameters: Parameters;
  score(problem: Problem, parameters: readonly CriterionParameters<Parameters>[]): Result<Evaluation>;
  weightScorer(problem: Problem, parameters: readonly CriterionParameters<Parameters>[]): Result<WeightScorer>;
  /** Live formulas for the Excel export; without them the sheet carries the values and says so. */
  readonly spreadsheet?: SpreadsheetFormulas;
};

export const defineMethod = <const Id extends string, Parameters extends z.ZodObject>(module: ScoringMethodModule<Id, Parameters>) => module;
