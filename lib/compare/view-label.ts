import { resolveWeights, type ResolvedWeights } from "../scoring/effective-weights";
import type { Preset } from "../domain/preset";
import type { ScenarioBase } from "../domain/scenario";
import type { Direction } from "../domain/vocabulary";
import { changedValueFunctions, resolveValueFunctions, type ValueFunctionMap } from "./value-functions";

/**
 * What a view's perspective is, in words: the title of what it starts from (a preset, or the
 * saved scenario it was opened from), or "Custom (from <that title>)" once any weight or value
 * function differs from it.
 */
export type ViewLabel = {
  /** The preset the weights started from ("equal" when none was chosen). */
  preset: { slug: string; title: string };
  /** The saved scenario the view starts from instead (resolve-view's fromScenario), or null. */
  scenario: { slug: string; title: string } | null;
  /** True once any criterion or category weight, or any criterion's value function, differs from the preset's (the scenario's). */
  custom: boolean;
  /** The slugs of the criteria and categories whose weight differs from the preset's, and of the criteria whose value function does. */
  changed: { criteria: string[]; categories: string[]; valueFunctions: string[] };
  /** "US–Gulf deterrence" or "Custom (from US–Gulf deterrence)", a scenario's title likewise: the one text the screen and every export print. */
  text: string;
};

export const EQUAL_PRESET = { slug: "equal", title: "Equal weights" } as const;

/**
 * The label of the perspective on screen, compared value by value with the preset's own
 * resolved weights and value functions (so an override equal to the preset's, e.g. typed into a
 * link, is no change), or with the saved scenario's when the view starts from one.
 */
export function viewLabel(
  criteria: ReadonlyArray<{ slug: string; category: string; direction: Direction; scale: { min: number; max: number } }>,
  categories: readonly string[],
  preset: Pick<Preset, "slug" | "title" | "criterionWeights" | "categoryWeights" | "valueFunctions"> | undefined,
  resolved: ResolvedWeights,
  valueFunctions: ValueFunctionMap = resolveValueFunctions(criteria, preset, {}),
  scenario?: Pick<ScenarioBase, "slug" | "title" | "criterionWeights" | "categoryWeights" | "valueFunctions">,
): ViewLabel {
  const start = scenario ?? preset;
  const base = resolveWeights(criteria, categories, start, { criterion: {}, category: {} });
  const changed = {
    criteria: criteria.map((c) => c.slug).filter((slug) => resolved.criterion[slug] !== base.criterion[slug]),
    categories: categories.filter((slug) => resolved.category[slug] !== base.category[slug]),
    valueFunctions: changedValueFunctions(criteria, resolveValueFunctions(criteria, start, {}), valueFunctions),
  };
  const from = preset ? { slug: preset.slug, title: preset.title } : { ...EQUAL_PRESET };
  const named = scenario ? { slug: scenario.slug, title: scenario.title } : null;
  const title = named?.title ?? from.title;
  const custom = changed.criteria.length + changed.categories.length + changed.valueFunctions.length > 0;
  return { preset: from, scenario: named, custom, changed, text: custom ? `Custom (from ${title})` : title };
}
