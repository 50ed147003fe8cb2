import type { Criterion } from "../domain/criterion";
import type { Framework } from "../domain/framework";
import { flipThresholds } from "../scoring/analyze";
import { effectiveWeights, type EffectiveWeights, type ResolvedWeights } from "../scoring/effective-weights";
import { scoreMatrix, type Scored } from "../scoring/score-matrix";
import { tornado, type TornadoBar } from "../scoring/tornado";
import type { MissingPolicy, RawMatrix, ScoringMethod } from "../scoring/types";
import type { AssumedValues } from "./assumptions";
import { cellKey } from "./cell-key";
import { compareMatrix } from "./compare-matrix";
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

type ComparisonSettings = { criteria: readonly Criterion[]; weights: ResolvedWeights; method: ScoringMethod; missing: MissingPolicy };

/** The frameworks' slugs and the values the engine scores: rows by framework, columns by criterion, assumptions already filled in. */
type ComparisonFromValues = ComparisonSettings & { frameworks: readonly string[]; values: RawMatrix };

type ComparisonInput = ComparisonSettings & {
  frameworks: readonly Framework[];
  /** The analyst's own values for silent cells (lib/compare/assumptions), for this view only. */
  assumed?: AssumedValues;
};

/** Effective weights and the engine's scores, or why there are none. */
export function scoreView(input: ComparisonFromValues): { weights: EffectiveWeights; scored: Scored | null; problem: string | null } {
  const weights = effectiveWeights(input.criteria, input.weights);
  if (input.frameworks.length < 2) return { weights, scored: null, problem: "Choose at least two frameworks to rank them." };
  if (!weights.normalised) return { weights, scored: null, problem: "Every weight is zero: raise at least one to rank the frameworks." };
  const specs = input.criteria.map((c, j) => ({
    id: c.slug,
    direction: c.direction,
    weight: weights.normalised![j]!,
    bounds: { min: c.scale.min, max: c.scale.max },
  }));
  const scored = scoreMatrix({ method: input.method, criteria: specs, matrix: input.values, missing: input.missing });
  return scored.ok ? { weights, scored: scored.value, problem: null } : { weights, scored: null, problem: scored.error };
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

/** The same from the frameworks' slugs and their values on the criteria. */
export function buildComparisonFromValues(input: ComparisonFromValues): Comparison {
  const { frameworks, criteria } = input;
  const { weights, scored: s, problem } = scoreView(input);
  if (!s) return { weights, problem, ranking: [], contributions: {}, flips: {}, tornado: [], sliders: { criteria: {}, categories: {} }, scored: null };
  const cols = criteria.length;
  const flips = flipThresholds(s);
  return {
    weights,
    problem: null,
    ranking: s.order.map((i) => ({ slug: frameworks[i]!, score: s.scores[i]!, rank: s.ranks[i]! })),
    contributions: Object.fromEntries(
      frameworks.map((slug, i) => [slug, Object.fromEntries(criteria.map((c, j) => [c.slug, s.contributions[i * cols + j]!]))]),
    ),
    flips: Object.fromEntries(flips.map((f) => [criteria[f.criterion]!.slug, { lowerFlip: f.lowerFlip, upperFlip: f.upperFlip }])),
    tornado: tornado(s).map((bar) => ({ ...bar, slug: criteria[bar.criterion]!.slug })),
    sliders: sliderSensitivities({ criteria, weights: input.weights, scored: s, criterionFlips: flips, slugOf: (i) => frameworks[i]! }),
    scored: s,
  };
}
