import type { Criterion } from "../domain/criterion";
import type { Framework } from "../domain/framework";
import { flipThresholds } from "../scoring/analyze";
import { effectiveWeights, type EffectiveWeights, type ResolvedWeights } from "../scoring/effective-weights";
import { scoreMatrix } from "../scoring/score-matrix";
import { tornado, type TornadoBar } from "../scoring/tornado";
import type { MissingPolicy, RawMatrix, ScoringMethod } from "../scoring/types";
import { compareMatrix } from "./compare-matrix";

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
};

/** The value matrix (frameworks x criteria) with null for a missing or silent assessment. */
export function valueMatrix(frameworks: readonly Framework[], criteria: readonly Criterion[]): Array<Array<number | null>> {
  return compareMatrix(frameworks, criteria).values;
}

type ComparisonSettings = { criteria: readonly Criterion[]; weights: ResolvedWeights; method: ScoringMethod; missing: MissingPolicy };

/**
 * Everything the compare view shows, computed in the browser on every change: effective
 * weights, scores and ranks, contributions, flip thresholds and the tornado's swings.
 */
export function buildComparison(input: ComparisonSettings & { frameworks: readonly Framework[] }): Comparison {
  return buildComparisonFromValues({ ...input, frameworks: input.frameworks.map((f) => f.slug), values: valueMatrix(input.frameworks, input.criteria) });
}

/** The same from the frameworks' slugs and their values on the criteria (rows by framework, columns by criterion). */
export function buildComparisonFromValues(input: ComparisonSettings & { frameworks: readonly string[]; values: RawMatrix }): Comparison {
  const { frameworks, criteria } = input;
  const weights = effectiveWeights(criteria, input.weights);
  const empty = { weights, ranking: [], contributions: {}, flips: {}, tornado: [] };
  if (frameworks.length < 2) return { ...empty, problem: "Choose at least two frameworks to rank them." };
  if (!weights.normalised) return { ...empty, problem: "Every weight is zero: raise at least one to rank the frameworks." };
  const specs = criteria.map((c, j) => ({
    id: c.slug,
    direction: c.direction,
    weight: weights.normalised![j]!,
    bounds: { min: c.scale.min, max: c.scale.max },
  }));
  const scored = scoreMatrix({ method: input.method, criteria: specs, matrix: input.values, missing: input.missing });
  if (!scored.ok) return { ...empty, problem: scored.error };
  const s = scored.value;
  const cols = criteria.length;
  return {
    weights,
    problem: null,
    ranking: s.order.map((i) => ({ slug: frameworks[i]!, score: s.scores[i]!, rank: s.ranks[i]! })),
    contributions: Object.fromEntries(
      frameworks.map((slug, i) => [slug, Object.fromEntries(criteria.map((c, j) => [c.slug, s.contributions[i * cols + j]!]))]),
    ),
    flips: Object.fromEntries(flipThresholds(s).map((f) => [criteria[f.criterion]!.slug, { lowerFlip: f.lowerFlip, upperFlip: f.upperFlip }])),
    tornado: tornado(s).map((bar) => ({ ...bar, slug: criteria[bar.criterion]!.slug })),
  };
}
