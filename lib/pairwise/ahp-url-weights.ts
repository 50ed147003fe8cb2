import { WEIGHT_MAX, type WeightMap } from "../domain/preset";
import type { PairwiseResult } from "./evaluate-pairwise";
import { CATEGORY_MATRIX, type PairwiseMatrix } from "./pairwise-structure";

/**
 * The AHP weights as /compare's 0-100 sliders (w= per criterion, cw= per category), whose
 * effective weight is criterion x category, normalised (lib/scoring/effective-weights).
 *
 * Criteria: their weights within the category times one factor shared by every category (the
 * largest becomes 100), so that every category's criteria sum to the same and the sliders
 * within a category show its AHP ratios. Categories: their AHP weights scaled so the largest is
 * 100, each divided by how far its criteria's rounded sum fell from that common sum, so that
 * rounding the criteria does not move the category's share. The effective weight of a
 * criterion is then its AHP global weight (category weight x weight within it) up to rounding.
 * `exact` keeps the fractions (for tests); the URL takes whole numbers, and a weight the AHP
 * made positive never rounds to 0, which would drop the criterion.
 */
export function ahpUrlWeights(
  matrices: readonly PairwiseMatrix[],
  results: ReadonlyMap<string, PairwiseResult>,
  { exact = false }: { exact?: boolean } = {},
): { criterion: WeightMap; category: WeightMap } {
  const whole = (v: number) => (exact ? v : Math.max(1, Math.round(v)));
  const within = matrices.filter((m) => m.key !== CATEGORY_MATRIX);
  const largestWithin = Math.max(...within.flatMap((m) => results.get(m.key)!.weights));
  const criterion: WeightMap = {};
  // How much each category's rounded criteria sum to, against the WEIGHT_MAX / largestWithin they would sum to exactly.
  const drift = new Map<string, number>();
  for (const m of within) {
    const values = results.get(m.key)!.weights.map((w) => whole((WEIGHT_MAX * w) / largestWithin));
    m.items.forEach((c, i) => {
      criterion[c.slug] = values[i]!;
    });
    drift.set(m.key, values.reduce((s, v) => s + v, 0) / (WEIGHT_MAX / largestWithin));
  }
  const top = matrices.find((m) => m.key === CATEGORY_MATRIX);
  const compensated = (top?.items ?? []).map((c, i) => results.get(CATEGORY_MATRIX)!.weights[i]! / (drift.get(c.slug) ?? 1));
  const largestCategory = Math.max(...compensated);
  const category: WeightMap = Object.fromEntries((top?.items ?? []).map((c, i) => [c.slug, whole((WEIGHT_MAX * compensated[i]!) / largestCategory)]));
  return { criterion, category };
}

/** Each criterion's AHP global weight: its category's weight times its weight within the category (they sum to 1). */
export function ahpGlobalWeights(matrices: readonly PairwiseMatrix[], results: ReadonlyMap<string, PairwiseResult>): Record<string, number> {
  const top = matrices.find((m) => m.key === CATEGORY_MATRIX)!;
  const categoryWeight = new Map(top.items.map((c, i) => [c.slug, results.get(CATEGORY_MATRIX)!.weights[i]!]));
  return Object.fromEntries(
    matrices
      .filter((m) => m.key !== CATEGORY_MATRIX)
      .flatMap((m) => m.items.map((c, i) => [c.slug, categoryWeight.get(m.key)! * results.get(m.key)!.weights[i]!])),
  );
}
