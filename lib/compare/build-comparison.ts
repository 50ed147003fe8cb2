import type { Criterion } from "../domain/criterion";
import type { Framework } from "../domain/framework";
import { flipThresholds } from "../scoring/analyze";
import { effectiveWeights, type EffectiveWeights, type ResolvedWeights } from "../scoring/effective-weights";
import { scoreMatrix, type Scored } from "../scoring/score-matrix";
import { tornado, type TornadoBar } from "../scoring/tornado";
import type { MissingPolicy, ScoringMethod } from "../scoring/types";
import { cellKey, type AssumedValues } from "./assumptions";
import { sliderSensitivities, type SliderSensitivity } from "./slider-sensitivity";

export type RankedFramework = { slug: string; score: number; rank: number };
export type CriterionFlip = { lowerFlip: number | null; upperFlip: number | null };

export type Comparison = {
  weights: EffectiveWeights;
  /** Why no ranking could be computed, or null when it was. */
  problem: string | null;
  ranking: RankedFramework[];
  /** framework slug -> criterion slug -> weight x normalised value */
  contributions: Record<string, Record<string, number>>;
  flips: Record<string, CriterionFlip>;
  tornado: Array<TornadoBar & { slug: string }>;
  /** What each weight slider can do to the lead, in its own units (0-100), by criterion and by category slug. */
  sliders: { criteria: Record<string, SliderSensitivity>; categories: Record<string, SliderSensitivity> };
  /** The engine's result the numbers above came from (for a score-versus-weight sweep); null with a problem. */
  scored: Scored | null;
};

/**
 * The value matrix (frameworks x criteria) with null for a missing or silent assessment,
 * unless the analyst assumed a value for that cell in this view.
 */
export function valueMatrix(frameworks: readonly Framework[], criteria: readonly Criterion[], assumed?: AssumedValues): Array<Array<number | null>> {
  return frameworks.map((f) => {
    const byCriterion = new Map(f.assessments.map((a) => [a.criterion, a.value]));
    return criteria.map((c) => byCriterion.get(c.slug) ?? assumed?.get(cellKey(f.slug, c.slug)) ?? null);
  });
}

export type ComparisonInput = {
  frameworks: readonly Framework[];
  criteria: readonly Criterion[];
  weights: ResolvedWeights;
  method: ScoringMethod;
  missing: MissingPolicy;
  /** The analyst's own values for silent cells (lib/compare/assumptions), for this view only. */
  assumed?: AssumedValues;
};

/** Effective weights and the engine's scores, or why there are none. */
export function scoreView(input: ComparisonInput): { weights: EffectiveWeights; scored: Scored | null; problem: string | null } {
  const { frameworks, criteria } = input;
  const weights = effectiveWeights(criteria, input.weights);
  if (frameworks.length < 2) return { weights, scored: null, problem: "Choose at least two frameworks to rank them." };
  if (!weights.normalised) return { weights, scored: null, problem: "Every weight is zero: raise at least one to rank the frameworks." };
  const specs = criteria.map((c, j) => ({
    id: c.slug,
    direction: c.direction,
    weight: weights.normalised![j]!,
    bounds: { min: c.scale.min, max: c.scale.max },
  }));
  const scored = scoreMatrix({ method: input.method, criteria: specs, matrix: valueMatrix(frameworks, criteria, input.assumed), missing: input.missing });
  return scored.ok ? { weights, scored: scored.value, problem: null } : { weights, scored: null, problem: scored.error };
}

/**
 * Everything the compare view shows, computed in the browser on every change: effective
 * weights, scores and ranks, contributions, flip thresholds and the tornado's swings.
 */
export function buildComparison(input: ComparisonInput): Comparison {
  const { frameworks, criteria } = input;
  const { weights, scored: s, problem } = scoreView(input);
  if (!s) return { weights, problem, ranking: [], contributions: {}, flips: {}, tornado: [], sliders: { criteria: {}, categories: {} }, scored: null };
  const cols = criteria.length;
  const flips = flipThresholds(s);
  return {
    weights,
    problem: null,
    ranking: s.order.map((i) => ({ slug: frameworks[i]!.slug, score: s.scores[i]!, rank: s.ranks[i]! })),
    contributions: Object.fromEntries(frameworks.map((f, i) => [f.slug, Object.fromEntries(criteria.map((c, j) => [c.slug, s.contributions[i * cols + j]!]))])),
    flips: Object.fromEntries(flips.map((f) => [criteria[f.criterion]!.slug, { lowerFlip: f.lowerFlip, upperFlip: f.upperFlip }])),
    tornado: tornado(s).map((bar) => ({ ...bar, slug: criteria[bar.criterion]!.slug })),
    sliders: sliderSensitivities({ criteria, weights: input.weights, scored: s, criterionFlips: flips, slugOf: (i) => frameworks[i]!.slug }),
    scored: s,
  };
}
