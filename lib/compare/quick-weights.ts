import { DEFAULT_WEIGHT, type Preset, type WeightMap } from "../domain/preset";
import type { ScenarioBase } from "../domain/scenario";
import type { Direction } from "../domain/vocabulary";
import { type ResolvedWeights, resolveWeights } from "../scoring/effective-weights";
import { resolveValueFunctions, type ValueFunctionMap, withValueFunction } from "./value-functions";

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

type Scaled = Ref & { direction: Direction; scale: { min: number; max: number } };
type Start = Pick<Preset, "criterionWeights" | "categoryWeights" | "valueFunctions">;

/**
 * Back to the saved scenario a view was opened from (locked criteria stay): the link's settings
 * that show it again, with no preset, so its weights and value functions are overrides on the
 * equal weights, as in the scenario's own link.
 */
export function backToScenario(
  criteria: readonly Scaled[],
  categories: readonly string[],
  scenario: Pick<ScenarioBase, "criterionWeights" | "categoryWeights" | "valueFunctions">,
  equal: Start | undefined,
  locked: readonly string[],
  current: ResolvedWeights,
): { preset: null; w: WeightMap | null; cw: WeightMap | null; vf: ValueFunctionMap | null } {
  const none = { criterion: {}, category: {} };
  const target = resolveWeights(criteria, categories, scenario, none);
  const base = resolveWeights(criteria, categories, equal, none);
  const kept = Object.fromEntries(locked.filter((slug) => slug in current.criterion).map((slug) => [slug, current.criterion[slug]!]));
  const own = resolveValueFunctions(criteria, scenario, {});
  const vf = criteria.reduce<ValueFunctionMap>(
    (link, c) => withValueFunction(link, c, own[c.slug] ?? { direction: c.direction }, equal?.valueFunctions?.[c.slug]),
    {},
  );
  return {
    preset: null,
    w: overridesFrom({ ...target.criterion, ...kept }, base.criterion),
    cw: overridesFrom(target.category, base.category),
    vf: Object.keys(vf).length ? vf : null,
  };
}
