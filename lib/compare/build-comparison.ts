import type { Criterion } from "../domain/criterion";
import type { Framework } from "../domain/framework";
import { flipThresholds } from "../scoring/analyze";
import { effectiveWeights, type EffectiveWeights, type ResolvedWeights } from "../scoring/effective-weights";
import { evaluate, type SensitiveEvaluation } from "../scoring/methods/evaluate";
import type { ContributionKind } from "../scoring/methods/method";
import { tornado, type TornadoBar } from "../scoring/tornado";
import { ENGINE_PROBLEMS, type MissingPolicy, type RawMatrix, type ScoringMethod } from "../scoring/types";
import type { AssumedValues } from "./assumptions";
import { cellKey } from "./cell-key";
import { compareMatrix } from "./compare-matrix";
import type { PreferenceMap } from "./preference-functions";
import type { ValueFunctionMap } from "./value-functions";
import { sliderSensitivities, type SliderSensitivity } from "./slider-sensitivity";

export type RankedFramework = { slug: string; score: number; rank: number };
export type CriterionFlip = { lowerFlip: number | null; upperFlip: number | null };

/**
 * Why there is no ranking, as a code the interface and the sheets say in their language
 * (`ranking.problems.<code>`, with `problemParams`): the two a view meets every day, and the
 * method's own refusals (lib/scoring/types' ENGINE_PROBLEMS).
 */
export const RANKING_PROBLEMS = ["too-few-frameworks", "every-weight-zero", ...ENGINE_PROBLEMS] as const;
export type RankingProblem = (typeof RANKING_PROBLEMS)[number];
type ProblemParams = Record<string, string | number>;

/** Why there is no ranking, said by `say` from the messages (`ranking.problems.<code>`); the page and the sheets both. */
export function rankingProblemText(
  view: { problem: string | null; problemCode: RankingProblem | null; problemParams?: ProblemParams | null },
  say: (key: string, params: ProblemParams) => string,
): string | null {
  if (!view.problem) return null;
  return view.problemCode ? say(`ranking.problems.${view.problemCode}`, view.problemParams ?? {}) : view.problem;
}

export type Comparison = {
  weights: EffectiveWeights;
  /** Why no ranking could be computed (in English, as the API and the English sheets say it), or null when it was. */
  problem: string | null;
  problemCode: RankingProblem | null;
  /** What the problem's sentence names (a weight's index and value, a method), for `ranking.problems.<code>`. */
  problemParams: ProblemParams | null;
  ranking: RankedFramework[];
  /** framework slug -> criterion slug -> its part of the score (weight x normalised value, or of the net flow): what `contributionKind` says. */
  contributions: Record<string, Record<string, number>>;
  contributionKind: ContributionKind | null;
  /** PROMETHEE II: each framework's positive, negative and net outranking flows, by slug; null for other methods. */
  flows: Record<string, { positive: number; negative: number; net: number }> | null;
  flips: Record<string, CriterionFlip>;
  tornado: Array<TornadoBar & { slug: string }>;
  /** What each weight slider can do to the lead, in its own units (0-100), by criterion and by category slug. */
  sliders: { criteria: Record<string, SliderSensitivity>; categories: Record<string, SliderSensitivity> };
  /** The engine's result the numbers above came from (for a score-versus-weight sweep); null with a problem. */
  scored: SensitiveEvaluation | null;
};

/**
 * The values (rows by framework, columns by criterion) with the analyst's own values filled
 * into the cells the data leaves empty; the rows without one are shared, not copied.
 */
export function withAssumed(frameworks: readonly string[], criteria: readonly { slug: string }[], values: RawMatrix, assumed?: AssumedValues): RawMatrix {
  if (!assumed?.size) return values;
  return values.map((row, i) => {
    let filled: Array<number | null> | null = null;
    criteria.forEach((c, j) => {
      if (row[j] !== null && row[j] !== undefined) return;
      const value = assumed.get(cellKey(frameworks[i]!, c.slug));
      if (value === undefined) return;
      filled ??= [...row];
      filled[j] = value;
    });
    return filled ?? row;
  });
}

/**
 * The value matrix (frameworks x criteria) with null for a missing or silent assessment,
 * unless the analyst assumed a value for that cell in this view.
 */
export function valueMatrix(frameworks: readonly Framework[], criteria: readonly Criterion[], assumed?: AssumedValues): RawMatrix {
  return withAssumed(
    frameworks.map((f) => f.slug),
    criteria,
    compareMatrix(frameworks, criteria).values,
    assumed,
  );
}

type ComparisonSettings = {
  criteria: readonly Criterion[];
  weights: ResolvedWeights;
  method: ScoringMethod;
  missing: MissingPolicy;
  /** PROMETHEE II's preference function per criterion slug ("usual" where none is given); other methods ignore them. */
  preferences?: PreferenceMap;
  /** What the view holds good per criterion slug, where it differs from the criterion's direction (every method reads them). */
  valueFunctions?: ValueFunctionMap;
};

/** The frameworks' slugs and the values the engine scores: rows by framework, columns by criterion, assumptions already filled in. */
export type ComparisonFromValues = ComparisonSettings & { frameworks: readonly string[]; values: RawMatrix };

type ComparisonInput = ComparisonSettings & {
  frameworks: readonly Framework[];
  /** The analyst's own values for silent cells (lib/compare/assumptions), for this view only. */
  assumed?: AssumedValues;
};

/** What each criterion carries for the method, in the criteria's order: PROMETHEE II's preference function where the view sets one. */
export function criterionParameters(criteria: readonly { slug: string }[], preferences: PreferenceMap | undefined): Array<Record<string, unknown>> {
  return criteria.map((c) => {
    const preference = preferences?.[c.slug];
    return preference ? { preference } : {};
  });
}

/** Effective weights and the engine's scores, or why there are none. */
export function scoreView(input: ComparisonFromValues): {
  weights: EffectiveWeights;
  scored: SensitiveEvaluation | null;
  problem: string | null;
  problemCode: RankingProblem | null;
  problemParams: ProblemParams | null;
} {
  const weights = effectiveWeights(input.criteria, input.weights);
  if (input.frameworks.length < 2)
    return { weights, scored: null, problem: "Choose at least two frameworks to rank them.", problemCode: "too-few-frameworks", problemParams: null };
  if (!weights.normalised)
    return {
      weights,
      scored: null,
      problem: "Every weight is zero: raise at least one to rank the frameworks.",
      problemCode: "every-weight-zero",
      problemParams: null,
    };
  const specs = input.criteria.map((c, j) => ({
    id: c.slug,
    direction: c.direction,
    weight: weights.normalised![j]!,
    bounds: { min: c.scale.min, max: c.scale.max },
    ...(input.valueFunctions?.[c.slug] && { valueFunction: input.valueFunctions[c.slug] }),
  }));
  const scored = evaluate(
    input.method,
    { criteria: specs, matrix: input.values, missing: input.missing },
    criterionParameters(input.criteria, input.preferences),
  );
  return scored.ok
    ? { weights, scored: scored.value, problem: null, problemCode: null, problemParams: null }
    : { weights, scored: null, problem: scored.error, problemCode: scored.code, problemParams: scored.params ?? null };
}

/**
 * Everything the compare view shows, computed in the browser on every change: effective
 * weights, scores and ranks, contributions, flip thresholds and the tornado's swings.
 */
export function buildComparison(input: ComparisonInput): Comparison {
  return buildComparisonFromValues({
    ...input,
    frameworks: input.frameworks.map((f) => f.slug),
    values: valueMatrix(input.frameworks, input.criteria, input.assumed),
  });
}

/** What a weight change must show at once: the weights, the ranking and the flows. */
export type RankedView = Pick<Comparison, "weights" | "problem" | "problemCode" | "problemParams" | "ranking" | "contributionKind" | "flows" | "scored">;

/** What follows from a ranking and may come a moment later: contributions, flips, the tornado and each slider's flips. */
export type RankingAnalysis = Pick<Comparison, "contributions" | "flips" | "tornado" | "sliders">;

const NO_ANALYSIS: RankingAnalysis = { contributions: {}, flips: {}, tornado: [], sliders: { criteria: {}, categories: {} } };

/** The weights, scores and ranking of a view, without the sensitivity that explains them (rankingAnalysis). */
export function rankView(input: ComparisonFromValues): RankedView {
  const { frameworks } = input;
  const { weights, scored: s, problem, problemCode, problemParams } = scoreView(input);
  if (!s) return { weights, problem, problemCode, problemParams, ranking: [], contributionKind: null, flows: null, scored: null };
  const flows = s.flows;
  return {
    weights,
    problem: null,
    problemCode: null,
    problemParams: null,
    ranking: s.order.map((i) => ({ slug: frameworks[i]!, score: s.scores[i]!, rank: s.ranks[i]! })),
    contributionKind: s.contributionKind,
    flows: flows
      ? Object.fromEntries(frameworks.map((slug, i) => [slug, { positive: flows.positive[i]!, negative: flows.negative[i]!, net: s.scores[i]! }]))
      : null,
    scored: s,
  };
}

/** Each criterion's part of every score, the flip points, the tornado and the sliders' flips of a ranked view. */
export function rankingAnalysis(ranked: RankedView, input: ComparisonFromValues): RankingAnalysis {
  const s = ranked.scored;
  if (!s) return NO_ANALYSIS;
  const { frameworks, criteria } = input;
  const cols = criteria.length;
  const flips = flipThresholds(s);
  return {
    contributions: Object.fromEntries(
      frameworks.map((slug, i) => [slug, Object.fromEntries(criteria.map((c, j) => [c.slug, s.contributions[i * cols + j]!]))]),
    ),
    flips: Object.fromEntries(flips.map((f) => [criteria[f.criterion]!.slug, { lowerFlip: f.lowerFlip, upperFlip: f.upperFlip }])),
    tornado: tornado(s).map((bar) => ({ ...bar, slug: criteria[bar.criterion]!.slug })),
    sliders: sliderSensitivities({ criteria, weights: input.weights, scored: s, criterionFlips: flips, slugOf: (i) => frameworks[i]! }),
  };
}

/** The same from the frameworks' slugs and their values on the criteria. */
export function buildComparisonFromValues(input: ComparisonFromValues): Comparison {
  const ranked = rankView(input);
  return { ...ranked, ...rankingAnalysis(ranked, input) };
}
