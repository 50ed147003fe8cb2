import { DEFAULT_WEIGHT, type WeightMap } from "../domain/preset";
import type { ResolvedWeights } from "../scoring/effective-weights";

/**
 * Bulk weight actions and locks. There is no automatic rebalancing (each weight is its own
 * 0-100 number and the shares follow), so a lock means: the bulk actions (only these
 * criteria, reset to the preset, equal weights, another perspective) leave that criterion's
 * weight as it is. Its own slider is held still until it is unlocked.
 */

type Ref = { slug: string; category: string };

/** The URL's overrides: only the weights that differ from the base (the preset's), so links stay short. */
function overridesFrom(values: Record<string, number>, base: Record<string, number>): WeightMap | null {
  const out = Object.fromEntries(Object.entries(values).filter(([slug, w]) => w !== base[slug]));
  return Object.keys(out).length ? out : null;
}

/** The locked criteria's current weights, as overrides on a new base (after a reset, equal weights or another perspective). */
export function keepLocked(locked: readonly string[], current: ResolvedWeights, base: ResolvedWeights): WeightMap | null {
  return overridesFrom(Object.fromEntries(locked.filter((slug) => slug in current.criterion).map((slug) => [slug, current.criterion[slug]!])), base.criterion);
}

/**
 * "Only these criteria": every other criterion to 0, except locked ones. A chosen criterion
 * at 0 gets the default weight, and a chosen criterion's category at 0 too, so that what was
 * chosen counts.
 */
export function onlyThese(
  criteria: readonly Ref[],
  chosen: readonly string[],
  locked: readonly string[],
  current: ResolvedWeights,
  base: ResolvedWeights,
): { w: WeightMap | null; cw: WeightMap | null } {
  const pick = new Set(chosen);
  const keep = new Set(locked);
  const criterion = Object.fromEntries(
    criteria.map((c) => {
      const now = current.criterion[c.slug] ?? 0;
      if (keep.has(c.slug)) return [c.slug, now];
      if (!pick.has(c.slug)) return [c.slug, 0];
      return [c.slug, now > 0 ? now : DEFAULT_WEIGHT];
    }),
  );
  const category = { ...current.category };
  for (const c of criteria) if (pick.has(c.slug) && (category[c.category] ?? 0) === 0) category[c.category] = DEFAULT_WEIGHT;
  return { w: overridesFrom(criterion, base.criterion), cw: overridesFrom(category, base.category) };
}
