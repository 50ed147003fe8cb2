import { DEFAULT_WEIGHT, type Preset, type WeightMap } from "../domain/preset";

type WeightOverrides = { criterion: WeightMap; category: WeightMap };

export type ResolvedWeights = {
  /** 0-100 per criterion slug: the override, else the preset's, else DEFAULT_WEIGHT. */
  criterion: Record<string, number>;
  /** 0-100 per category slug, resolved the same way. */
  category: Record<string, number>;
};

type CriterionRef = { slug: string; category: string };

export function resolveWeights(
  criteria: readonly CriterionRef[],
  categories: readonly string[],
  preset: Pick<Preset, "criterionWeights" | "categoryWeights"> | undefined,
  overrides: WeightOverrides,
): ResolvedWeights {
  const pick = (override: WeightMap, base: WeightMap | undefined, slug: string) => override[slug] ?? base?.[slug] ?? DEFAULT_WEIGHT;
  return {
    criterion: Object.fromEntries(criteria.map((c) => [c.slug, pick(overrides.criterion, preset?.criterionWeights, c.slug)])),
    category: Object.fromEntries(categories.map((slug) => [slug, pick(overrides.category, preset?.categoryWeights, slug)])),
  };
}

export type EffectiveWeights = {
  /** Criterion weight x category weight, in criteria order. */
  raw: number[];
  /** raw scaled to sum 1, or null when every weight is zero. */
  normalised: number[] | null;
  /** Each criterion's share within its category (sum 1 per category; 0 when the category's weights are all 0). */
  withinCategory: Record<string, number>;
  /** Each category's share of the category weights (sum 1, or 0 each when all are 0). */
  categoryShare: Record<string, number>;
};

/** The effective weight of a criterion is the product of its own weight and its category's (issue 4). */
export function effectiveWeights(criteria: readonly CriterionRef[], resolved: ResolvedWeights): EffectiveWeights {
  const raw = criteria.map((c) => (resolved.criterion[c.slug] ?? 0) * (resolved.category[c.category] ?? 0));
  const total = raw.reduce((a, b) => a + b, 0);
  const categoryTotals = new Map<string, number>();
  for (const c of criteria) categoryTotals.set(c.category, (categoryTotals.get(c.category) ?? 0) + (resolved.criterion[c.slug] ?? 0));
  const categorySum = Object.values(resolved.category).reduce((a, b) => a + b, 0);
  return {
    raw,
    normalised: total > 0 ? raw.map((w) => w / total) : null,
    withinCategory: Object.fromEntries(
      criteria.map((c) => {
        const t = categoryTotals.get(c.category) ?? 0;
        return [c.slug, t > 0 ? (resolved.criterion[c.slug] ?? 0) / t : 0];
      }),
    ),
    categoryShare: Object.fromEntries(Object.entries(resolved.category).map(([slug, w]) => [slug, categorySum > 0 ? w / categorySum : 0])),
  };
}
