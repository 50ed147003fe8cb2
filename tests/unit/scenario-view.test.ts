import { createLoader } from "nuqs/server";
import { describe, expect, it } from "vitest";
import { backToScenario } from "@/lib/compare/quick-weights";
import { type ResolvedView, resolveView } from "@/lib/compare/resolve-view";
import { viewLabel } from "@/lib/compare/view-label";
import { type Scenario, scenarioBase } from "@/lib/domain/scenario";
import { scenarioQuery } from "@/lib/import/scenario-query";
import { loadDatasetFile } from "@/lib/server/dataset/load-dataset-file";
import { loadPresetsFile } from "@/lib/server/dataset/load-presets-file";
import { compareParsers } from "@/lib/url-state/compare-params";

const dataset = loadDatasetFile();
const presets = loadPresetsFile(dataset);
const { criteria } = dataset;
const categories = dataset.categories.map((c) => c.slug);
const load = createLoader(compareParsers);
const equal = presets.find((p) => p.slug === "equal");

/** What /compare shows and says for a link, with these saved scenarios. */
function opened(query: string, scenarios: Scenario[] = []) {
  const view = resolveView(load(new URLSearchParams(query)), { ...dataset, presets, scenarios: scenarios.map(scenarioBase) });
  return { view, label: viewLabel(criteria, categories, view.preset, view.weights, view.valueFunctions, view.fromScenario) };
}

/** A scenario saved from a view, as the compare view's save form sends it. */
function savedFrom(view: ResolvedView, title: string): Scenario {
  return {
    slug: "tryout-deterrence-variant",
    title,
    rationale: "Deterrence, with viability weighing more.",
    author: "editor@example.org",
    preset: false,
    version: 1,
    criterionWeights: view.weights.criterion,
    categoryWeights: view.weights.category,
    valueFunctions: view.valueFunctions,
    settings: { method: "topsis", missing: "mean", frameworks: [] },
  };
}

const TITLE = "Tryout deterrence variant";
const tryout = savedFrom(opened("preset=us-gulf-deterrence&method=topsis&w=viability:90").view, TITLE);
const link = scenarioQuery(tryout);

describe("a saved scenario's link, opened", () => {
  it("is labelled by the scenario's title, not as a custom view of the equal weights", () => {
    expect(link).toContain("scenario=tryout-deterrence-variant");
    expect(opened(link, [tryout]).label).toMatchObject({
      text: TITLE,
      custom: false,
      scenario: { slug: tryout.slug, title: TITLE },
      preset: { slug: "equal" },
    });
  });

  it("keeps the ranking's weights and value functions the scenario saved", () => {
    const { view } = opened(link, [tryout]);
    expect(view.weights.criterion).toEqual(tryout.criterionWeights);
    expect(view.weights.category).toEqual(tryout.categoryWeights);
    expect(view.valueFunctions).toEqual(tryout.valueFunctions);
  });

  it("says Custom (from <title>) once a weight or a value function differs from the scenario's", () => {
    const changed = (key: string, value: string) => {
      const query = new URLSearchParams(link);
      query.set(key, value);
      return opened(query.toString(), [tryout]).label;
    };
    const weight = changed("cw", compareParsers.cw.serialize({ ...tryout.categoryWeights, membership: 60 }));
    expect(weight).toMatchObject({ custom: true, text: `Custom (from ${TITLE})`, changed: { criteria: [], categories: ["membership"], valueFunctions: [] } });
    // The deterrence preset's value functions, but the one on the stance toward Iran.
    const { "stance-toward-iran": _, ...others } = tryout.valueFunctions!;
    const vf = changed("vf", compareParsers.vf.serialize(others));
    expect(vf).toMatchObject({
      custom: true,
      text: `Custom (from ${TITLE})`,
      changed: { criteria: [], categories: [], valueFunctions: ["stance-toward-iran"] },
    });
  });

  it("starts from a preset picked since, which puts the preset (the equal weights too) in the link", () => {
    expect(opened(`preset=iranian-perspective&${link}`, [tryout]).label).toMatchObject({ scenario: null, preset: { slug: "iranian-perspective" } });
    expect(opened(`preset=equal&${link}`, [tryout]).label).toMatchObject({ scenario: null, custom: true, text: "Custom (from Equal weights)" });
    expect(opened(`preset=equal&scenario=${tryout.slug}`, [tryout]).label).toMatchObject({ scenario: null, custom: false, text: "Equal weights" });
  });

  it("is a view of the equal weights, as before, once the scenario is gone", () => {
    expect(opened(link).label).toMatchObject({ scenario: null, text: "Custom (from Equal weights)" });
  });
});

describe("backToScenario: Reset, or the scenario picked again", () => {
  it("gives the link that shows the scenario again, from any view", () => {
    const away = opened(`preset=iranian-perspective&scenario=${tryout.slug}`, [tryout]).view;
    const back = backToScenario(criteria, categories, tryout, equal, [], away.weights);
    const query = new URLSearchParams(`scenario=${tryout.slug}`);
    for (const [key, value] of Object.entries(back)) if (value !== null) query.set(key, compareParsers[key as "w" | "cw" | "vf"].serialize(value as never));
    const again = opened(query.toString(), [tryout]);
    expect(back.preset).toBeNull();
    expect(again.label).toMatchObject({ text: TITLE, custom: false });
    expect(again.view.weights).toEqual(opened(link, [tryout]).view.weights);
  });

  it("leaves a locked criterion's weight as it is", () => {
    const away = opened(`preset=equal&scenario=${tryout.slug}&w=viability:5`, [tryout]).view;
    expect(backToScenario(criteria, categories, tryout, equal, ["viability"], away.weights).w?.viability).toBe(5);
    expect(backToScenario(criteria, categories, tryout, equal, [], away.weights).w?.viability).toBe(90);
  });
});
