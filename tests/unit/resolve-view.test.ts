import { createLoader } from "nuqs/server";
import { describe, expect, it } from "vitest";
import { knownSlugs, presetWeight, resolveView } from "@/lib/compare/resolve-view";
import { DEFAULT_WEIGHT } from "@/lib/domain/preset";
import { compareParsers } from "@/lib/url-state/compare-params";
import { loadDatasetFile } from "@/lib/server/dataset/load-dataset-file";
import { loadPresetsFile } from "@/lib/server/dataset/load-presets-file";

const dataset = loadDatasetFile();
const presets = loadPresetsFile(dataset);
const catalog = {
  frameworks: dataset.frameworks,
  criteria: dataset.criteria,
  categories: dataset.categories,
  presets,
  scenarioSlugs: ["mine"],
  sources: dataset.sources,
};
const load = createLoader(compareParsers);
const viewOf = (query: string) => resolveView(load(new URLSearchParams(query)), catalog);
const [first, second] = dataset.frameworks.map((f) => f.slug);
const criterion = dataset.criteria[0]!;
const deterrence = presets.find((p) => p.slug === "us-gulf-deterrence")!;

describe("resolveView: a /compare URL as a view", () => {
  it("starts from the equal preset, every framework, and every weight at the preset's", () => {
    const view = viewOf("");
    expect(view.presetSlug).toBe("equal");
    expect(view.chosen).toEqual(dataset.frameworks.map((f) => f.slug));
    expect(view.pinned).toEqual([]);
    expect(view.source).toBeNull();
    for (const c of dataset.criteria) expect(view.weights.criterion[c.slug]).toBe(presetWeight(view.preset, "criterion", c.slug));
  });

  it("drops unknown slugs and keeps repeated ones once, in the link's order", () => {
    const view = viewOf(`fw=${second},ghost,${first},${second}&pin=${first},ghost,${first}&cat=nope,${dataset.categories[0]!.slug}&lock=${criterion.slug},zzz`);
    expect(view.chosen).toEqual([second, first]);
    expect(view.pinned).toEqual([first]);
    expect(view.categories).toEqual([dataset.categories[0]!.slug]);
    expect(view.locked).toEqual([criterion.slug]);
  });

  it("pins only frameworks that are shown", () => {
    expect(viewOf(`fw=${first}&pin=${second}`).pinned).toEqual([]);
  });

  it("falls back to the equal preset for an unknown one, and takes a known one's weights under the link's overrides", () => {
    expect(viewOf("preset=ghost").presetSlug).toBe("equal");
    const view = viewOf(`preset=us-gulf-deterrence&w=${criterion.slug}:7`);
    expect(view.preset).toBe(deterrence);
    expect(view.weights.criterion[criterion.slug]).toBe(7);
    const other = dataset.criteria[1]!;
    expect(view.weights.criterion[other.slug]).toBe(deterrence.criterionWeights[other.slug] ?? DEFAULT_WEIGHT);
    for (const c of dataset.categories) expect(view.weights.category[c.slug]).toBe(deterrence.categoryWeights[c.slug] ?? DEFAULT_WEIGHT);
  });

  it("limits the view to a known source only", () => {
    expect(viewOf(`source=${dataset.sources[0]!.slug}`).source).toBe(dataset.sources[0]!.slug);
    expect(viewOf("source=not-a-source").source).toBeNull();
  });

  it("knows the catalog's slugs, the saved scenarios among them", () => {
    const known = knownSlugs(catalog);
    expect(known.frameworks.has(first!)).toBe(true);
    expect(known.scenarios.has("mine")).toBe(true);
    expect(known.presets.has("equal")).toBe(true);
  });
});
