import { describe, expect, it } from "vitest";
import { checkAssumptions, parseAssumptions, serializeAssumptions, withAssumption } from "@/lib/compare/assumptions";
import { buildComparison, scoreView, valueMatrix } from "@/lib/compare/build-comparison";
import { cellIndex } from "@/lib/compare/cell-index";
import { compareMatrix } from "@/lib/compare/compare-matrix";
import { describeSliderFlips, sliderPosition } from "@/lib/compare/describe-flips";
import { methodPerspectives, presetPerspectives, rankSpread } from "@/lib/compare/perspectives";
import { resolveValueFunctions } from "@/lib/compare/value-functions";
import { keepLocked, onlyThese } from "@/lib/compare/quick-weights";
import { shareAt, sliderAt, sliderScales } from "@/lib/compare/slider-sensitivity";
import { weightSweep } from "@/lib/compare/weight-sweep";
import { flipThresholds } from "@/lib/scoring/analyze";
import { METHOD_IDS } from "@/lib/scoring/methods/registry";
import { resolveWeights, type ResolvedWeights } from "@/lib/scoring/effective-weights";
import { lineFlips, scoresAlong, weightLine } from "@/lib/scoring/sensitivity";
import type { MissingPolicy, ScoringMethod } from "@/lib/scoring/types";
import { describeInvalidParams } from "@/lib/url-state/describe-invalid-params";
import { loadDatasetFile } from "@/lib/server/dataset/load-dataset-file";
import { loadPresetsFile } from "@/lib/server/dataset/load-presets-file";
import { noticeInEnglish } from "@/lib/url-state/param-notice";

const dataset = loadDatasetFile();
const presets = loadPresetsFile(dataset);
const { frameworks, criteria } = dataset;
const categories = dataset.categories.map((c) => c.slug);
const presetWeights = (slug: string) =>
  resolveWeights(
    criteria,
    categories,
    presets.find((p) => p.slug === slug),
    { criterion: {}, category: {} },
  );
const slugs = frameworks.map((f) => f.slug);
const values = valueMatrix(frameworks, criteria);
const compare = (weights: ResolvedWeights, method: ScoringMethod = "wsm", missing: MissingPolicy = "mean") =>
  buildComparison({ frameworks, criteria, weights, method, missing });
const leaderWith = (weights: ResolvedWeights, method: ScoringMethod) => compare(weights, method).ranking[0]!.slug;
const setSlider = (weights: ResolvedWeights, kind: "criteria" | "categories", slug: string, value: number): ResolvedWeights =>
  kind === "criteria" ? { ...weights, criterion: { ...weights.criterion, [slug]: value } } : { ...weights, category: { ...weights.category, [slug]: value } };
const CASES = presets.flatMap((p) => (["wsm", "topsis"] as const).map((method) => [p.slug, method] as const));

describe("a group of weights moving together (lib/scoring/sensitivity)", () => {
  it.each(CASES)("for one criterion gives the engine's own flips and the same next leader (%s, %s)", (preset, method) => {
    const s = scoreView({ frameworks: slugs, values, criteria, weights: presetWeights(preset), method, missing: "mean" }).scored!;
    for (const f of flipThresholds(s)) {
      const line = weightLine(s, [f.criterion])!;
      const g = lineFlips(line, s.order[0]!);
      for (const side of ["lowerFlip", "upperFlip"] as const) {
        if (f[side] === null) expect(g[side]).toBeNull();
        else expect(Math.abs(g[side]! - f[side]!)).toBeLessThan(1e-5);
      }
      expect(g.lowerLeader).toBe(f.lowerLeader);
      expect(g.upperLeader).toBe(f.upperLeader);
      // At the current weight the line gives the engine's scores.
      const now = scoresAlong(line, f.weight);
      s.scores.forEach((x, i) => expect(Math.abs(now[i]! - x)).toBeLessThan(1e-9));
    }
  });
});

describe("flip points in each slider's own units", () => {
  it("maps a share to a slider position and back", () => {
    const scale = { value: 40, k: 70, rest: 5000 };
    for (const x of [0, 12.5, 40, 100]) expect(sliderAt(scale, shareAt(scale, x))).toBeCloseTo(x, 9);
    expect(sliderAt({ ...scale, k: 0 }, 0.3)).toBe(Infinity);
  });

  it("names who takes the lead just past each reachable flip, for criteria and categories, under every preset and method", () => {
    let checked = 0;
    let unreachable = 0;
    for (const [preset, method] of CASES) {
      const weights = presetWeights(preset);
      const c = compare(weights, method);
      const leader = c.ranking[0]!.slug;
      for (const kind of ["criteria", "categories"] as const) {
        for (const [slug, s] of Object.entries(c.sliders[kind])) {
          for (const [flip, step] of [
            [s.lower, -0.05],
            [s.upper, 0.05],
          ] as const) {
            if (!flip) continue;
            if (!flip.reachable) {
              expect(flip.at).toBeGreaterThan(100);
              // The whole slider keeps the leader on that side.
              expect(leaderWith(setSlider(weights, kind, slug, flip === s.upper ? 100 : 0), method)).toBe(leader);
              unreachable++;
              continue;
            }
            // TOPSIS's flips are found to 1e-6 of the share: allow for it on either side.
            if (flip.at + step < 0 || flip.at + step > 100) continue;
            expect(leaderWith(setSlider(weights, kind, slug, flip.at + step), method), `${kind} ${slug} past ${flip.at}`).toBe(flip.leader);
            expect(leaderWith(setSlider(weights, kind, slug, flip.at - step), method), `${kind} ${slug} before ${flip.at}`).toBe(leader);
            checked++;
          }
        }
      }
    }
    // The seeded lead is robust: most flips lie beyond the sliders; US–Gulf deterrence under TOPSIS has reachable ones.
    expect(checked).toBeGreaterThan(0);
    expect(unreachable).toBeGreaterThan(0);
  });

  it("marks a criterion inactive while its category is weighted 0, and a category whose criteria all are", () => {
    const weights = presetWeights("equal");
    const members = criteria.filter((c) => c.category === "membership").map((c) => c.slug);
    const c = compare({ ...weights, category: { ...weights.category, membership: 0 } });
    for (const slug of members) expect(c.sliders.criteria[slug]).toEqual({ inactive: "category-zero", lower: null, upper: null });
    const zeroed = compare({ ...weights, criterion: { ...weights.criterion, ...Object.fromEntries(members.map((s) => [s, 0])) } });
    expect(zeroed.sliders.categories.membership!.inactive).toBe("members-zero");
  });

  it("says so when a flip is not reachable with the slider alone, past 1,000 as 1,000", () => {
    expect(describeSliderFlips({ inactive: null, lower: null, upper: { at: 137.25, reachable: false, leader: "hope" } })).toEqual({
      kind: "flips",
      sides: [{ where: "above", at: 137.3, leader: "hope", reachable: false, far: false }],
    });
    expect(describeSliderFlips({ inactive: null, lower: { at: 12, reachable: true, leader: "imsi" }, upper: null })).toEqual({
      kind: "flips",
      sides: [{ where: "below", at: 12, leader: "imsi", reachable: true, far: false }],
    });
    expect(describeSliderFlips({ inactive: null, lower: null, upper: null })).toEqual({ kind: "none" });
    expect(describeSliderFlips({ inactive: "category-zero", lower: null, upper: null })).toBeNull();
    expect(sliderPosition(Infinity)).toBe(1000);
    expect(sliderPosition(26.34)).toBe(26.3);
    expect(describeSliderFlips({ inactive: null, lower: null, upper: { at: Infinity, reachable: false, leader: "hope" } })).toEqual({
      kind: "flips",
      sides: [{ where: "above", at: 1000, leader: "hope", reachable: false, far: true }],
    });
  });
});

describe("score against one weight", () => {
  it("draws a point per slider step whose scores at the current position are the ranking's, with the crossovers the flips name", () => {
    for (const [preset, method] of CASES) {
      const weights = presetWeights(preset);
      const c = compare(weights, method);
      for (const kind of ["criteria", "categories"] as const) {
        for (const [slug, s] of Object.entries(c.sliders[kind])) {
          const sweep = weightSweep(
            { scored: c.scored!, criteria, weights, slugs: frameworks.map((f) => f.slug) },
            { kind: kind === "criteria" ? "criterion" : "category", slug },
          );
          if (s.inactive) {
            expect(sweep).toBeNull();
            continue;
          }
          expect(sweep!.points).toHaveLength(101);
          const current = kind === "criteria" ? weights.criterion[slug]! : weights.category[slug]!;
          const at = sweep!.points[current]!.scores;
          for (const r of c.ranking) expect(at[frameworks.findIndex((f) => f.slug === r.slug)]!).toBeCloseTo(r.score, 9);
          if (s.upper?.reachable) {
            const next = sweep!.crossovers.find((x) => x.at > current);
            expect(next, `${preset} ${method} ${slug}`).toBeDefined();
            expect(Math.abs(next!.at - s.upper.at)).toBeLessThan(0.05);
            expect(next!.to).toBe(s.upper.leader);
          }
        }
      }
    }
  });
});

describe("perspectives", () => {
  it("ranks under every preset as the preset itself does, and marks the view's column", () => {
    const columns = presetPerspectives({
      frameworks: slugs,
      values,
      criteria,
      categories,
      presets,
      presetSlug: "us-gulf-deterrence",
      custom: false,
      method: "wsm",
      missing: "mean",
    });
    expect(columns).toHaveLength(presets.length);
    for (const col of columns) {
      const valueFunctions = resolveValueFunctions(
        criteria,
        presets.find((p) => p.slug === col.preset),
        {},
      );
      const c = buildComparison({ frameworks, criteria, weights: presetWeights(col.preset!), method: "wsm", missing: "mean", valueFunctions });
      for (const r of c.ranking) expect(col.ranks![r.slug]).toBe(r.rank);
    }
    expect(columns.filter((c) => c.current).map((c) => c.preset)).toEqual(["us-gulf-deterrence"]);
  });

  it("shows that under the US–Gulf deterrence perspective the methods disagree on who comes first", () => {
    const columns = methodPerspectives({
      frameworks: slugs,
      values,
      criteria,
      categories,
      weights: presetWeights("us-gulf-deterrence"),
      valueFunctions: resolveValueFunctions(
        criteria,
        presets.find((p) => p.slug === "us-gulf-deterrence"),
        {},
      ),
      method: "wsm",
      missing: "mean",
    });
    // Every method of the registry under each of the three missing-value policies.
    expect(columns).toHaveLength(METHOD_IDS.length * 3);
    const first = (method: string) => Object.entries(columns.find((c) => c.key === `method:${method}:mean`)!.ranks!).find(([, r]) => r === 1)![0];
    // The preset holds containing Iran good (its value functions): the Arab NATO by weighted sum, the IMSI by TOPSIS, on the seeded data.
    expect(first("wsm")).toBe("arab-nato");
    expect(first("topsis")).toBe("imsi");
    // PROMETHEE II still puts the Russian concept first, by a narrow net flow.
    expect(first("promethee2")).toBe("russia-gulf-concept");
    const spread = rankSpread(
      frameworks.map((f) => f.slug),
      columns,
    );
    expect(spread["russia-gulf-concept"]!.best).toBe(1);
    expect(spread["russia-gulf-concept"]!.worst).toBeGreaterThan(1);
  });
});

describe("the analyst's own values", () => {
  const silent = frameworks.flatMap((f) =>
    criteria.filter((c) => (f.assessments.find((a) => a.criterion === c.slug)?.value ?? null) === null).map((c) => ({ f, c })),
  );
  const given = frameworks[0]!.assessments.find((a) => a.value !== null)!;

  it("round-trips through the link, dropping ill-formed entries and keeping the first per cell", () => {
    const list = parseAssumptions("hope.viability:2,hope.viability:1,bad,imsi.x:1.5,imsi.y:abc,UPPER.x:1,gcc-centric.escalation-risk:-1");
    expect(list).toEqual([
      { framework: "hope", criterion: "viability", value: 2 },
      { framework: "gcc-centric", criterion: "escalation-risk", value: -1 },
    ]);
    expect(parseAssumptions(serializeAssumptions(list))).toEqual(list);
    expect(parseAssumptions(Array.from({ length: 500 }, (_, i) => `f${i}.c:1`).join(","))).toHaveLength(200);
    expect(withAssumption(list, "hope", "viability", null)).toHaveLength(1);
  });

  it("keeps a value only for a silent cell and on the criterion's scale, and says why it ignores the others", () => {
    expect(silent.length).toBeGreaterThan(0);
    const { f, c } = silent[0]!;
    const { kept, values, ignored } = checkAssumptions(
      [
        { framework: f.slug, criterion: c.slug, value: c.scale.max },
        { framework: f.slug, criterion: silent.find((x) => x.f === f && x.c !== c)?.c.slug ?? c.slug, value: c.scale.max + 50 },
        { framework: frameworks[0]!.slug, criterion: given.criterion, value: 0 },
        { framework: "ghost", criterion: c.slug, value: 0 },
      ],
      cellIndex(compareMatrix(frameworks, criteria)),
      criteria,
    );
    expect(kept).toEqual([{ framework: f.slug, criterion: c.slug, value: c.scale.max }]);
    expect(ignored).toHaveLength(3);
    const said = ignored.map(noticeInEnglish).join(" ");
    expect(said).toMatch(/off the criterion's scale/);
    expect(said).toMatch(/the source gives a value there/);
    expect(said).toMatch(/"ghost" is not a known framework/);
    // The engine scores the assumed value; the data is untouched.
    const i = frameworks.indexOf(f);
    const j = criteria.indexOf(c);
    expect(valueMatrix(frameworks, criteria, values)[i]![j]).toBe(c.scale.max);
    expect(valueMatrix(frameworks, criteria)[i]![j]).toBeNull();
    const weights = presetWeights("equal");
    const before = buildComparison({ frameworks, criteria, weights, method: "wsm", missing: "worst" }).ranking.find((r) => r.slug === f.slug)!.score;
    const after = buildComparison({ frameworks, criteria, weights, method: "wsm", missing: "worst", assumed: values }).ranking.find(
      (r) => r.slug === f.slug,
    )!.score;
    expect(after).toBeGreaterThan(before);
    expect(f.assessments.find((a) => a.criterion === c.slug)?.value ?? null).toBeNull();
  });

  it("names an ill-formed entry of the link", () => {
    const known = {
      criteria: new Set<string>(),
      categories: new Set<string>(),
      frameworks: new Set<string>(),
      presets: new Set<string>(),
      scenarios: new Set<string>(),
      sources: new Set<string>(),
    };
    expect(describeInvalidParams((k) => (k === "assume" ? "hope.viability:2,hope:3" : null), known).map(noticeInEnglish)).toEqual([
      'Ignored assume: "hope:3" is not of the form framework.criterion:value (a whole number).',
    ]);
  });
});

describe("quick weighting", () => {
  const base = presetWeights("equal");
  const [a, b, c] = criteria;

  it("only these criteria: the rest to 0, locked ones kept, a chosen one at 0 (or in a category at 0) raised to 50", () => {
    const current: ResolvedWeights = {
      criterion: { ...base.criterion, [a!.slug]: 0, [c!.slug]: 80 },
      category: { ...base.category, [a!.category]: 0 },
    };
    const { w, cw } = onlyThese(criteria, [a!.slug, b!.slug], [c!.slug], current, base);
    const after = resolveWeights(criteria, categories, undefined, { criterion: w ?? {}, category: cw ?? {} });
    expect(after.criterion[a!.slug]).toBe(50);
    expect(after.criterion[b!.slug]).toBe(base.criterion[b!.slug]);
    expect(after.criterion[c!.slug]).toBe(80);
    for (const x of criteria.slice(3)) expect(after.criterion[x.slug]).toBe(0);
    expect(after.category[a!.category]).toBe(50);
  });

  it("a reset keeps a locked weight and nothing else", () => {
    const current: ResolvedWeights = { criterion: { ...base.criterion, [a!.slug]: 90, [b!.slug]: 10 }, category: base.category };
    expect(keepLocked([a!.slug], current, presetWeights("us-gulf-deterrence"))).toEqual({ [a!.slug]: 90 });
    expect(keepLocked([], current, base)).toBeNull();
  });
});

describe("slider scales", () => {
  it("give each slider the share it has now", () => {
    const weights = presetWeights("us-gulf-deterrence");
    const c = compare(weights);
    const scales = sliderScales(criteria, weights);
    criteria.forEach((x, j) => expect(shareAt(scales.criteria.get(x.slug)!, weights.criterion[x.slug]!)).toBeCloseTo(c.weights.normalised![j]!, 12));
  });
});
