import { resolveWeights, type ResolvedWeights } from "../scoring/effective-weights";
import type { Preset } from "../domain/preset";

/** What a view's weights are, in words: the preset's title, or "Custom (from <preset>)" once any weight differs from it. */
export type ViewLabel = {
  /** The preset the weights started from ("equal" when none was chosen). */
  preset: { slug: string; title: string };
  /** True once any criterion or category weight differs from the preset's. */
  custom: boolean;
  /** The slugs of the criteria and categories whose weight differs from the preset's. */
  changed: { criteria: string[]; categories: string[] };
  /** "US–Gulf deterrence" or "Custom (from US–Gulf deterrence)": the one text the screen and every export print. */
  text: string;
};

export const EQUAL_PRESET = { slug: "equal", title: "Equal weights" } as const;

/**
 * The label of the weights on screen, compared value by value with the preset's own resolved
 * weights (so an override equal to the preset's value, e.g. typed into a link, is no change).
 */
export function viewLabel(
  criteria: ReadonlyArray<{ slug: string; category: string }>,
  categories: readonly string[],
  preset: Pick<Preset, "slug" | "title" | "criterionWeights" | "categoryWeights"> | undefined,
  resolved: ResolvedWeights,
): ViewLabel {
  const base = resolveWeights(criteria, categories, preset, { criterion: {}, category: {} });
  const changed = {
    criteria: criteria.map((c) => c.slug).filter((slug) => resolved.criterion[slug] !== base.criterion[slug]),
    categories: categories.filter((slug) => resolved.category[slug] !== base.category[slug]),
  };
  const from = preset ? { slug: preset.slug, title: preset.title } : { ...EQUAL_PRESET };
  const custom = changed.criteria.length + changed.categories.length > 0;
  return { preset: from, custom, changed, text: custom ? `Custom (from ${from.title})` : from.title };
}
