import { DEFAULT_WEIGHT, type Preset, type WeightMap } from "../domain/preset";
import type { ScenarioBase } from "../domain/scenario";
import { resolveWeights, type ResolvedWeights } from "../scoring/effective-weights";
import type { KnownSlugs } from "../url-state/describe-invalid-params";
import type { Direction } from "../domain/vocabulary";
import type { Assumption } from "./assumptions";
import { resolveValueFunctions, type ValueFunctionMap } from "./value-functions";
import { EQUAL_PRESET } from "./view-label";

/** What a /compare URL is resolved against: the slugs it may name, and the presets' and saved scenarios' weights. */
export type ViewCatalog = {
  frameworks: ReadonlyArray<{ slug: string }>;
  criteria: ReadonlyArray<{ slug: string; category: string; direction: Direction; scale: { min: number; max: number } }>;
  categories: ReadonlyArray<{ slug: string }>;
  presets: readonly Preset[];
  /** The saved scenarios (not the presets) a link may name in its `scenario` parameter. */
  scenarios: readonly ScenarioBase[];
  sources: ReadonlyArray<{ slug: string }>;
};

/** The URL parameters a view is made of (as the nuqs parsers of lib/url-state/compare-params give them). */
export type ViewParams = {
  preset: string | null;
  scenario: string | null;
  w: WeightMap;
  cw: WeightMap;
  fw: readonly string[] | null;
  pin: readonly string[];
  cat: readonly string[];
  lock: readonly string[];
  source: string | null;
  assume: readonly Assumption[];
  vf: ValueFunctionMap;
};

export type ResolvedView = {
  /** The preset the weights start from: the link's when it names a known one, else "equal". */
  presetSlug: string;
  preset: Preset | undefined;
  /** The saved scenario the link names, if it is one: the perspective picker offers it, and its author may update it with the view. */
  scenario: ScenarioBase | undefined;
  /**
   * That scenario while the link names no preset (as the scenario's own link does): the view
   * starts from it and is labelled by its title (lib/compare/view-label); a preset picked since
   * puts the preset in the link and the view starts from that.
   */
  fromScenario: ScenarioBase | undefined;
  /** The frameworks shown, in the link's order, known and each once; every framework when the link names none. */
  chosen: string[];
  /** The chosen frameworks pinned to the matrix's left edge. */
  pinned: string[];
  /** The category filter of the matrix, known categories only. */
  categories: string[];
  /** Criteria whose weight the bulk actions leave alone, known criteria only. */
  locked: string[];
  /** The source the view is limited to ("only what this source supports"), or null. */
  source: string | null;
  /** Every criterion's and category's 0-100 weight: the link's override, else the preset's, else DEFAULT_WEIGHT. */
  weights: ResolvedWeights;
  /** What is good per criterion, where it differs from the criterion's own direction: the link's, else the preset's. */
  valueFunctions: ValueFunctionMap;
  /** The analyst's own values as the link gives them; lib/compare/assumptions checks them against the data. */
  assumptions: readonly Assumption[];
};

export function knownSlugs(catalog: ViewCatalog): KnownSlugs {
  return {
    criteria: new Set(catalog.criteria.map((c) => c.slug)),
    categories: new Set(catalog.categories.map((c) => c.slug)),
    frameworks: new Set(catalog.frameworks.map((f) => f.slug)),
    presets: new Set(catalog.presets.map((p) => p.slug)),
    scenarios: new Set(catalog.scenarios.map((s) => s.slug)),
    sources: new Set(catalog.sources.map((s) => s.slug)),
    scales: new Map(catalog.criteria.map((c) => [c.slug, c.scale])),
  };
}

const knownOnce = (slugs: readonly string[], known: ReadonlySet<string>) => slugs.filter((s, i) => known.has(s) && slugs.indexOf(s) === i);

/**
 * The view a /compare URL stands for, checked against the data: what the page draws and what
 * every export of the same URL prints. Unknown slugs are dropped (describeInvalidParams says
 * so), repeated ones kept once.
 */
export function resolveView(params: ViewParams, catalog: ViewCatalog, known: KnownSlugs = knownSlugs(catalog)): ResolvedView {
  const presetSlug = params.preset && known.presets.has(params.preset) ? params.preset : EQUAL_PRESET.slug;
  const preset = catalog.presets.find((p) => p.slug === presetSlug);
  const chosen = knownOnce(params.fw ?? catalog.frameworks.map((f) => f.slug), known.frameworks);
  const scenario = params.scenario === null ? undefined : catalog.scenarios.find((s) => s.slug === params.scenario);
  return {
    presetSlug,
    preset,
    scenario,
    fromScenario: params.preset === null ? scenario : undefined,
    chosen,
    pinned: params.pin.filter((s, i) => chosen.includes(s) && params.pin.indexOf(s) === i),
    categories: knownOnce(params.cat, known.categories),
    locked: knownOnce(params.lock, known.criteria),
    source: params.source && known.sources.has(params.source) ? params.source : null,
    weights: resolveWeights(
      catalog.criteria,
      catalog.categories.map((c) => c.slug),
      preset,
      { criterion: params.w, category: params.cw },
    ),
    valueFunctions: resolveValueFunctions(catalog.criteria, preset, params.vf),
    assumptions: params.assume,
  };
}

/** A weight's value in the preset (what a slider returns to on reset); DEFAULT_WEIGHT where the preset names none. */
export function presetWeight(preset: Pick<Preset, "criterionWeights" | "categoryWeights"> | undefined, kind: "criterion" | "category", slug: string): number {
  return (kind === "criterion" ? preset?.criterionWeights[slug] : preset?.categoryWeights[slug]) ?? DEFAULT_WEIGHT;
}
