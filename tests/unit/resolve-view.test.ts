import { createLoader } from "nuqs/server";
import { describe, expect, it } from "vitest";
import { knownSlugs, presetWeight, resolveView } from "@/lib/compare/resolve-view";
import { DEFAULT_WEIGHT } from "@/lib/domain/preset";
import { compareParsers } from "@/lib/url-state/compare-params";
import { describeInvalidParams } from "@/lib/url-state/describe-invalid-params";
import { loadDatasetFile } from "@/lib/server/dataset/load-dataset-file";
import { loadPresetsFile } from "@/lib/server/dataset/load-presets-file";
import { noticeInEnglish } from "@/lib/url-state/param-notice";

const dataset = loadDatasetFile();
const presets = loadPresetsFile(dataset);
const catalog = {
  frameworks: dataset.frameworks,
  criteria: dataset.criteria,
  categories: dataset.categories,
  presets,
  scenarios: [{ slug: "mine", title: "Mine", rationale: "Every criterion alike.", criterionWeights: {}, categoryWeights: {} }],
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

describe("resolveView: what is good (vf)", () => {
  const stance = dataset.criteria.find((c) => c.slug === "stance-toward-iran")!;
  const escalation = dataset.criteria.find((c) => c.slug === "escalation-risk")!;

  it("has none by default, takes the link's, and keeps only those that differ from the criterion's own direction", () => {
    expect(viewOf("").valueFunctions).toEqual({});
    expect(viewOf("vf=stance-toward-iran:cost").valueFunctions).toEqual({ "stance-toward-iran": { direction: "cost" } });
    expect(viewOf(`vf=stance-toward-iran:${stance.direction}`).valueFunctions).toEqual({});
    expect(viewOf("vf=escalation-risk:0=1;1=0.7;2=0").valueFunctions).toEqual({
      "escalation-risk": {
        points: [
          [0, 1],
          [1, 0.7],
          [2, 0],
        ],
      },
    });
  });

  it("starts from the preset's, which the link overrides (the criterion's own direction takes a preset's back)", () => {
    const preset = viewOf("preset=us-gulf-deterrence");
    expect(preset.valueFunctions["stance-toward-iran"]).toEqual({ direction: "cost" });
    expect(viewOf(`preset=us-gulf-deterrence&vf=stance-toward-iran:${stance.direction}`).valueFunctions["stance-toward-iran"]).toBeUndefined();
    expect(viewOf("preset=us-gulf-deterrence&vf=stance-toward-iran:-2=1;2=0").valueFunctions["stance-toward-iran"]).toEqual({
      points: [
        [-2, 1],
        [2, 0],
      ],
    });
  });

  it("drops a malformed entry, an unknown criterion and points off the scale, and says so", () => {
    const query = `vf=stance-toward-iran:sideways,ghost:cost,${escalation.slug}:-1=0;2=1,stance-toward-iran:2=0;0=1`;
    expect(viewOf(query).valueFunctions).toEqual({});
    const params = new URLSearchParams(query);
    expect(describeInvalidParams((k) => params.get(k), knownSlugs(catalog)).map(noticeInEnglish)).toEqual([
      expect.stringMatching(/^Ignored vf: "stance-toward-iran:sideways" is not of the form criterion:benefit/),
      'Ignored vf: "ghost" is not a known criterion.',
      `Ignored vf: the value function of "${escalation.slug}" has x = -1 is off the scale 0 to 2.`,
      expect.stringMatching(/^Ignored vf: "stance-toward-iran:2=0;0=1" is not of the form/),
    ]);
  });
});

describe("the other settings of a /compare link the notices check", () => {
  it("names a bad robustness model, spread, samples, seed and pairwise answers, and nothing for good ones", () => {
    const notices = (query: string) => describeInvalidParams((k) => new URLSearchParams(query).get(k), knownSlugs(catalog)).map(noticeInEnglish);
    expect(notices("robust=simplex&spread=20&samples=5000&seed=7&ahp=_:3-5")).toEqual([]);
    expect(notices("robust=wild&spread=0&samples=12&seed=-1&ahp=_:0")).toEqual([
      'Ignored robust: "wild" is not one of simplex, intervals, ordinal.',
      'Ignored spread: "0" is not a whole number from 1 to 100.',
      'Ignored samples: "12" is not a whole number from 100 to 200000.',
      'Ignored seed: "-1" is not a whole number from 0 to 4294967295.',
      expect.stringMatching(/^Ignored ahp: "_:0" is not of the form/),
    ]);
  });
});
