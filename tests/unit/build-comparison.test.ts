import { describe, expect, it } from "vitest";
import { buildComparison, valueMatrix } from "@/lib/compare/build-comparison";
import { filterCriteria, valuesDiffer } from "@/lib/compare/filter-criteria";
import { resolveValueFunctions } from "@/lib/compare/value-functions";
import { resolveWeights } from "@/lib/scoring/effective-weights";
import { loadDatasetFile } from "@/lib/server/dataset/load-dataset-file";
import { loadPresetsFile } from "@/lib/server/dataset/load-presets-file";
import { DatasetFileError } from "@/lib/server/dataset/load-dataset-file";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const dataset = loadDatasetFile();
const presets = loadPresetsFile(dataset);
const categories = dataset.categories.map((c) => c.slug);
const weightsFor = (slug: string, category: Record<string, number> = {}) =>
  resolveWeights(
    dataset.criteria,
    categories,
    presets.find((p) => p.slug === slug),
    { criterion: {}, category },
  );

describe("buildComparison on the seeded data", () => {
  it("ranks every framework, with contributions that add up to each weighted-sum score", () => {
    const c = buildComparison({ frameworks: dataset.frameworks, criteria: dataset.criteria, weights: weightsFor("equal"), method: "wsm", missing: "mean" });
    expect(c.problem).toBeNull();
    expect(c.ranking).toHaveLength(5);
    for (const r of c.ranking) {
      const sum = Object.values(c.contributions[r.slug]!).reduce((a, b) => a + b, 0);
      expect(sum).toBeCloseTo(r.score, 12);
    }
    expect(Object.keys(c.flips)).toEqual(dataset.criteria.map((x) => x.slug));
    expect(c.tornado).toHaveLength(dataset.criteria.length);
  });

  const deterrenceOrder = (category: Record<string, number>, valueFunctions = {}) =>
    buildComparison({
      frameworks: dataset.frameworks,
      criteria: dataset.criteria,
      weights: weightsFor("us-gulf-deterrence", category),
      method: "wsm",
      missing: "mean",
      valueFunctions,
    }).ranking.map((r) => r.slug);

  it("follows the weights: the US–Gulf deterrence weights without the Iran category put the GCC-centric system ahead of HOPE", () => {
    const before = deterrenceOrder({});
    const after = deterrenceOrder({ iran: 0 });
    expect(before.indexOf("hope")).toBeLessThan(before.indexOf("gcc-centric"));
    expect(after.indexOf("gcc-centric")).toBeLessThan(after.indexOf("hope"));
  });

  it("follows the value functions: the US–Gulf deterrence preset's own put a framework that contains Iran first, its weights alone the Russian concept", () => {
    const deterrence = presets.find((p) => p.slug === "us-gulf-deterrence")!;
    expect(deterrenceOrder({})[0]).toBe("russia-gulf-concept");
    const own = deterrenceOrder({}, resolveValueFunctions(dataset.criteria, deterrence, {}));
    expect(own[0]).toBe("arab-nato");
    expect(own.indexOf("imsi")).toBeLessThan(own.indexOf("hope"));
  });

  it("explains why it cannot rank: too few frameworks or all weights zero", () => {
    const zero = resolveWeights(dataset.criteria, categories, undefined, { criterion: {}, category: Object.fromEntries(categories.map((c) => [c, 0])) });
    expect(
      buildComparison({ frameworks: dataset.frameworks.slice(0, 1), criteria: dataset.criteria, weights: weightsFor("equal"), method: "wsm", missing: "mean" })
        .problem,
    ).toMatch(/at least two/);
    expect(buildComparison({ frameworks: dataset.frameworks, criteria: dataset.criteria, weights: zero, method: "topsis", missing: "mean" }).problem).toMatch(
      /zero/,
    );
  });

  it("lays out values framework by criterion, null where the source is silent", () => {
    const m = valueMatrix(dataset.frameworks, dataset.criteria);
    expect(m).toHaveLength(5);
    expect(m.flat().filter((v) => v === null)).toHaveLength(49);
  });
});

describe("filterCriteria", () => {
  const fw = dataset.frameworks;
  const valuesOf = (frameworks: typeof fw) => valueMatrix(frameworks, dataset.criteria);
  const column = (slug: string) => dataset.criteria.findIndex((c) => c.slug === slug);
  it("filters by category, by text and to where the frameworks differ", () => {
    expect(filterCriteria(dataset.criteria, valuesOf(fw), { categories: ["iran"], text: "", onlyDiffering: false }).every((c) => c.category === "iran")).toBe(
      true,
    );
    expect(filterCriteria(dataset.criteria, valuesOf(fw), { categories: [], text: "ACCEPTABLE", onlyDiffering: false }).map((c) => c.slug)).toEqual(
      expect.arrayContaining(["acceptability-ir", "acceptability-us"]),
    );
    const pair = fw.filter((f) => f.slug === "arab-nato" || f.slug === "imsi");
    const differing = filterCriteria(dataset.criteria, valuesOf(pair), { categories: [], text: "", onlyDiffering: true });
    expect(differing.length).toBeGreaterThan(0);
    expect(differing.length).toBeLessThan(dataset.criteria.length);
    expect(differing.every((c) => valuesDiffer(valuesOf(pair), column(c.slug)))).toBe(true);
  });

  it("counts a missing value as different from any number", () => {
    const two = fw.filter((f) => f.slug === "russia-gulf-concept" || f.slug === "arab-nato");
    expect(valuesDiffer(valuesOf(two), column("arab-gulf-states-included"))).toBe(false);
    expect(valuesDiffer(valuesOf(fw), column("acceptability-cn"))).toBe(true); // null for HOPE, the GCC idea and MESA, a number for the others
  });
});

describe("presets file", () => {
  it("holds at least five stakeholder presets, each with a rationale", () => {
    expect(presets.length).toBeGreaterThanOrEqual(5);
    expect(presets.map((p) => p.slug)).toEqual(
      expect.arrayContaining(["equal", "inclusive-dialogue", "us-gulf-deterrence", "iranian-perspective", "european-mediator", "hedging-gulf-state"]),
    );
  });

  it("refuses a preset that names an unknown criterion", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "presets-"));
    const file = path.join(dir, "presets.json");
    fs.writeFileSync(
      file,
      JSON.stringify({ presets: [{ slug: "p", title: "P", rationale: "A rationale here.", categoryWeights: {}, criterionWeights: { nope: 5 } }] }),
    );
    expect(() => loadPresetsFile(dataset, file)).toThrow(DatasetFileError);
    expect(() => loadPresetsFile(dataset, file)).toThrow("presets[p].criterionWeights.nope: unknown criterion");
  });
});
