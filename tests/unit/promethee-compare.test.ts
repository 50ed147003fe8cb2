import fc from "fast-check";
import Papa from "papaparse";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { buildComparison } from "@/lib/compare/build-comparison";
import {
  MAX_PREFERENCES,
  parsePreferenceEntry,
  parsePreferences,
  preferenceNotices,
  serializePreferences,
  suggestedPreference,
} from "@/lib/compare/preference-functions";
import { syntheticDataset } from "../fixtures/synthetic-dataset";
import { datasetComparisonModel } from "@/lib/export/dataset-model";
import { viewOf } from "@/lib/export/view-export";
import { writeCsv } from "@/lib/export/write-csv";
import { writePdf } from "@/lib/export/write-pdf";
import { col, comparisonLayout, writeXlsx } from "@/lib/export/write-xlsx";
import { parseImportFile } from "@/lib/import/parse-import-file";
import { scenarioQuery } from "@/lib/import/scenario-query";
import { viewToQuery } from "@/lib/import/view-to-query";
import { scenarioSettingsSchema } from "@/lib/domain/scenario";
import { resolveWeights } from "@/lib/scoring/effective-weights";
import { preferenceSchema } from "@/lib/scoring/methods/promethee2";
import { PREFERENCE_TYPES, type PreferenceFunction } from "@/lib/scoring/promethee";
import { leaderOf } from "@/lib/scoring/rank";
import { seededRandom } from "@/lib/random";
import { compareParsers } from "@/lib/url-state/compare-params";
import { describeInvalidParams } from "@/lib/url-state/describe-invalid-params";
import { folded, pdfPages } from "../support/pdf-text";
import { noticeInEnglish } from "@/lib/url-state/param-notice";

const dataset = syntheticDataset(7, 16, seededRandom(23));
const categories = dataset.categories.map((c) => c.slug);
const weights = resolveWeights(dataset.criteria, categories, undefined, {
  criterion: Object.fromEntries(dataset.criteria.map((c, j) => [c.slug, 5 + ((j * 29) % 95)])),
  category: {},
});
const [first, second, third] = dataset.criteria;
const preferences: Record<string, PreferenceFunction> = {
  [first!.slug]: { type: "linear", q: 0.5, p: 2 },
  [second!.slug]: { type: "gaussian", s: 1.25 },
  [third!.slug]: { type: "level", q: 1, p: 3 },
};
const compare = (method: "promethee2" | "wsm", prefs?: Record<string, PreferenceFunction>) =>
  buildComparison({ frameworks: dataset.frameworks, criteria: dataset.criteria, weights, method, missing: "mean", preferences: prefs });

const preference: fc.Arbitrary<PreferenceFunction> = fc.oneof(
  fc.constant<PreferenceFunction>({ type: "usual" }),
  fc.double({ min: 0, max: 10, noNaN: true }).map((q): PreferenceFunction => ({ type: "ushape", q })),
  fc.double({ min: 0.01, max: 10, noNaN: true }).map((p): PreferenceFunction => ({ type: "vshape", p })),
  fc
    .tuple(fc.double({ min: 0, max: 5, noNaN: true }), fc.double({ min: 0.01, max: 5, noNaN: true }))
    .map(([q, extra]): PreferenceFunction => ({ type: "linear", q, p: q + extra })),
  fc
    .tuple(fc.double({ min: 0, max: 5, noNaN: true }), fc.double({ min: 0.01, max: 5, noNaN: true }))
    .map(([q, extra]): PreferenceFunction => ({ type: "level", q, p: q + extra })),
  fc.double({ min: 0.01, max: 10, noNaN: true }).map((s): PreferenceFunction => ({ type: "gaussian", s })),
);

describe("the pf parameter: PROMETHEE II's preference functions in the URL", () => {
  it("reads back every function it writes", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom("a", "b-c", "escalation-risk"), preference), (map) => {
        expect(parsePreferences(serializePreferences(map))).toEqual(map);
        expect(compareParsers.pf.parse(serializePreferences(map)) ?? {}).toEqual(map);
      }),
    );
  });

  it("drops what is not a function, and says why", () => {
    const value = "a:linear:2:1,b:vshape:0,c:gaussian,d:shape:1,e:usual:3,Bad Slug:usual,f:linear:0.5:2,unknown:usual";
    expect(parsePreferences(value)).toEqual({ f: { type: "linear", q: 0.5, p: 2 }, unknown: { type: "usual" } });
    for (const entry of ["a:linear:2:1", "b:vshape:0", "c:gaussian", "d:shape:1", "e:usual:3"]) expect(parsePreferenceEntry(entry)).toBeNull();
    const notices = preferenceNotices(value, new Set(["a", "b", "c", "d", "e", "f"])).map(noticeInEnglish);
    expect(notices).toHaveLength(7);
    expect(notices.at(-1)).toBe('Ignored pf: "unknown" is not a known criterion.');
    expect(notices[0]).toMatch(/^Ignored pf: "a:linear:2:1" is not of the form criterion:function/);
    const many = Array.from({ length: MAX_PREFERENCES + 1 }, () => "f:usual").join(",");
    expect(preferenceNotices(many, new Set(["f"])).map(noticeInEnglish)).toEqual([`Ignored pf: a link holds at most ${MAX_PREFERENCES} preference functions.`]);
  });

  it("is checked with the other parameters of /compare", () => {
    const get = (key: string) => (key === "pf" ? `${first!.slug}:linear:3:1` : null);
    const notices = describeInvalidParams(get, {
      criteria: new Set(dataset.criteria.map((c) => c.slug)),
      categories: new Set(categories),
      frameworks: new Set(),
      presets: new Set(),
      scenarios: new Set(),
      sources: new Set(),
    });
    expect(notices.map(noticeInEnglish)).toEqual([expect.stringContaining(`"${first!.slug}:linear:3:1"`)]);
  });

  it("suggests thresholds from a criterion's scale that make a valid function of every type", () => {
    for (const type of PREFERENCE_TYPES)
      for (const scale of [
        { min: -2, max: 2 },
        { min: 0, max: 1 },
        { min: 0, max: 100 },
      ]) {
        const f = suggestedPreference(type, scale);
        expect(preferenceSchema.parse(f)).toEqual(f);
        expect(f.type).toBe(type);
      }
    expect(suggestedPreference("linear", { min: -2, max: 2 })).toEqual({ type: "linear", q: 0.5, p: 2 });
  });
});

describe("PROMETHEE II on /compare", () => {
  it("ranks by the net flow, each framework's contributions summing to it and its flows to phi+ - phi-", () => {
    const c = compare("promethee2", preferences);
    expect(c.problem).toBeNull();
    expect(c.contributionKind).toBe("flows");
    for (const r of c.ranking) {
      const sum = Object.values(c.contributions[r.slug]!).reduce((a, b) => a + b, 0);
      expect(sum).toBeCloseTo(r.score, 12);
      const f = c.flows![r.slug]!;
      expect(f.positive - f.negative).toBeCloseTo(r.score, 12);
      expect(f.positive).toBeGreaterThanOrEqual(0);
      expect(f.negative).toBeLessThanOrEqual(1);
    }
    // Net flows sum to zero over the alternatives.
    expect(c.ranking.reduce((s, r) => s + r.score, 0)).toBeCloseTo(0, 12);
    expect(compare("wsm").flows).toBeNull();
  });

  it("follows the preference functions", () => {
    const usual = compare("promethee2");
    const set = compare("promethee2", preferences);
    expect(set.ranking.map((r) => r.score)).not.toEqual(usual.ranking.map((r) => r.score));
    // Unknown criteria in the map change nothing.
    expect(compare("promethee2", { "no-such-criterion": { type: "vshape", p: 1 } }).ranking).toEqual(usual.ranking);
  });

  it("gives exact flips: the leader changes at each, and holds just inside it", () => {
    const c = compare("promethee2", preferences);
    const s = c.scored!;
    const scorer = (t: number, j: number) => {
      const line = s.sensitivity.line([j])!;
      return leaderOf(line.scoresAt(t));
    };
    let checked = 0;
    dataset.criteria.forEach((criterion, j) => {
      const flip = c.flips[criterion.slug]!;
      const leader = s.order[0]!;
      for (const [t, inside] of [
        [flip.lowerFlip, 1e-6],
        [flip.upperFlip, -1e-6],
      ] as const) {
        if (t === null) continue;
        checked++;
        expect(scorer(t + inside, j)).toBe(leader);
        expect(scorer(t - inside, j)).not.toBe(leader);
      }
    });
    expect(checked).toBeGreaterThan(0);
    expect(c.tornado).toHaveLength(dataset.criteria.length);
  });
});

describe("a PROMETHEE II view exported", () => {
  const model = datasetComparisonModel(dataset, { criterion: weights.criterion, method: "promethee2", preferences });

  it("writes CSV with the method and the preference functions, which an import reads back", async () => {
    const csv = writeCsv(model);
    const rows = Papa.parse<string[]>(csv.replace(/^\uFEFF/, "")).data;
    expect(rows.find((r) => r[0] === "Method")?.slice(1, 3)).toEqual(["promethee2", "PROMETHEE II (net outranking flow)"]);
    expect(rows.find((r) => r[0] === "Normalisation")?.[1]).toMatch(/^none: each criterion's preference function/);
    const pf = rows.find((r) => r[0] === "Preference functions")!;
    expect(parsePreferences(pf[1]!)).toEqual(preferences);
    expect(pf[2]).toContain(`${first!.name}: linear, q 0.5, p 2`);
    const scores = rows
      .find((r) => r[0] === "Score")!
      .slice(5)
      .map(Number);
    model.scores!.forEach((s, i) => expect(scores[i]).toBeCloseTo(s.score, 8));
    const imported = await parseImportFile(
      "view.csv",
      new TextEncoder().encode(csv),
      dataset.criteria.map((c) => ({ slug: c.slug, name: c.name, category: c.category })),
    );
    if (!imported.ok || imported.kind !== "view") throw new Error("not imported");
    expect(imported.view.method).toBe("promethee2");
    expect(imported.view.preferences).toEqual(preferences);
    const query = new URLSearchParams(viewToQuery(imported.view));
    expect(query.get("method")).toBe("promethee2");
    expect(parsePreferences(query.get("pf")!)).toEqual(preferences);
  });

  it("keeps a saved scenario's preference functions, and its link carries them", () => {
    const settings = scenarioSettingsSchema.parse({ method: "promethee2", missing: "mean", frameworks: [], preferences });
    expect(settings.preferences).toEqual(preferences);
    expect(scenarioSettingsSchema.safeParse({ ...settings, preferences: { a: { type: "linear", q: 2, p: 1 } } }).success).toBe(false);
    const query = new URLSearchParams(scenarioQuery({ slug: "s", preset: false, criterionWeights: { a: 1 }, categoryWeights: {}, settings, version: 1 }));
    expect(query.get("method")).toBe("promethee2");
    expect(parsePreferences(query.get("pf")!)).toEqual(preferences);
  });

  it("writes the JSON view with its preference functions", () => {
    const view = viewOf(model, "method=promethee2");
    expect(view.method).toBe("promethee2");
    expect(view.preferences).toEqual(preferences);
  });

  it("writes Excel whose net flows are formulas caching the engine's values", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await writeXlsx(model)) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    const sheet = workbook.getWorksheet("Comparison")!;
    const L = comparisonLayout(model);
    expect(String(sheet.getCell("A2").value)).toMatch(/^PROMETHEE II: net outranking flows/);
    expect(sheet.getCell(L.scoreRow, 1).value).toBe("Net flow (PROMETHEE II)");
    model.scores!.forEach((s, i) => {
      const cell = sheet.getCell(L.scoreRow, L.contributionCol + i).value as { formula: string; result: number };
      expect(cell.formula).toMatch(/^SUM\(/);
      expect(cell.result).toBeCloseTo(s.score, 12);
    });
    // The first criterion's row: its function and thresholds in the helper cells, read by the net-flow formulas.
    expect([1, 2, 3, 4].map((k) => sheet.getCell(L.firstRow, L.helperCol + k - 1).value)).toEqual(["linear", 0.5, 2, null]);
    const netFlow = sheet.getCell(L.firstRow, L.normalisedCol).value as { formula: string };
    expect(netFlow.formula).toContain("SUMPRODUCT(");
    // q and p are read from their cells, so changing a threshold recomputes the flows.
    expect(netFlow.formula).toContain(`$${col(L.helperCol + 1)}${L.firstRow}`);
    expect(netFlow.formula).toContain(`$${col(L.helperCol + 2)}${L.firstRow}`);
  });

  it("writes a PDF that names the method, the net flow and the preference functions", async () => {
    const text = folded(pdfPages(await writePdf(model)).join("\n"));
    expect(text).toContain("PROMETHEE II (net outranking flow)");
    expect(text).toContain("Ranking: net outranking flow");
    expect(text).toContain("Net flow (PROMETHEE II)");
    expect(text).toContain("Preference functions");
  });
});
