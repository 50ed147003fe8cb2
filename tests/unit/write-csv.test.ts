import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { syntheticDataset } from "../fixtures/synthetic-dataset";
import { datasetComparisonModel } from "@/lib/export/dataset-model";
import { WEIGHT_TABLE_HEADER } from "@/lib/export/view-settings";
import { writeCsv } from "@/lib/export/write-csv";
import { parseImportFile } from "@/lib/import/parse-import-file";
import { seededRandom } from "@/lib/random";

const dataset = syntheticDataset(3, 12, seededRandom(5));
dataset.frameworks[0]!.name = '=HYPERLINK("http://evil.example","click")';
dataset.frameworks[1]!.assessments[0]!.value = null;
const known = dataset.criteria.map((c) => ({ slug: c.slug, name: c.name, category: c.category }));
const weights = Object.fromEntries(dataset.criteria.map((c, j) => [c.slug, j % 4 === 0 ? 0 : 10 * (j % 7) + 5]));

const rowsOf = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, "")).data;

describe("writeCsv", () => {
  const model = datasetComparisonModel(dataset, { criterion: weights, method: "topsis", missing: "worst", viewUrl: "http://host/compare?m=topsis" });
  const csv = writeCsv(model);
  const rows = rowsOf(csv);

  it("starts with a byte-order mark and a header of the criterion columns and one column per framework", () => {
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(rows[0]).toEqual([
      "Criterion",
      "Slug",
      "Category",
      "Direction",
      "Weight (normalised)",
      ...model.frameworks.map((f) => (f.name.startsWith("=") ? `'${f.name}` : f.name)),
    ]);
  });

  it("writes a row per criterion with its values, a blank where the source is silent", () => {
    const body = rows.slice(1, 1 + model.criteria.length);
    expect(body.map((r) => r[1])).toEqual(model.criteria.map((c) => c.slug));
    const first = model.criteria[0]!;
    expect(body[0]!.slice(5)).toEqual(first.values.map((v) => (v === null ? "" : String(v))));
    expect(body[0]![6]).toBe("");
    const shares = body.map((r) => Number(r[4]));
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
  });

  it("neutralises text that a spreadsheet would run as a formula, and keeps numbers as numbers", () => {
    expect(rows[0]![5]).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(
      rows
        .find((r) => r[0] === "Rank")!
        .slice(5)
        .map(Number)
        .sort(),
    ).toEqual([1, 2, 3]);
  });

  it("prints the scores, the settings with their codes, the view's link and the full weight table", () => {
    const score = rows
      .find((r) => r[0] === "Score")!
      .slice(5)
      .map(Number);
    expect(score).toEqual(model.scores!.map((s) => Math.round(s.score * 1e9) / 1e9));
    expect(rows.find((r) => r[0] === "Method")!.slice(0, 2)).toEqual(["Method", "topsis"]);
    expect(rows.find((r) => r[0] === "Missing values")!.slice(0, 2)).toEqual(["Missing values", "worst"]);
    expect(rows.find((r) => r[0] === "View")).toEqual(["View", "http://host/compare?m=topsis"]);
    const table = rows.findIndex((r, i) => i > 0 && r.join() === WEIGHT_TABLE_HEADER.join());
    expect(table).toBeGreaterThan(model.criteria.length);
    expect(rows.slice(table + 1, table + 1 + model.criteria.length).map((r) => [r[1], Number(r[3])])).toEqual(
      dataset.criteria.map((c) => [c.slug, weights[c.slug]]),
    );
  });

  it("says why there is no ranking when every weight is zero", () => {
    const zero = writeCsv(datasetComparisonModel(dataset, { criterion: Object.fromEntries(dataset.criteria.map((c) => [c.slug, 0])) }));
    const row = rowsOf(zero).find((r) => r[0] === "No ranking");
    expect(row?.[1]).toMatch(/weight/i);
  });

  it("imports back as the view that made it: the same effective weights, method and missing-value policy", async () => {
    const parsed = await parseImportFile("sheet.csv", new TextEncoder().encode(csv), known);
    if (!parsed.ok || parsed.kind !== "view") throw new Error(JSON.stringify(parsed));
    expect(parsed.view.method).toBe("topsis");
    expect(parsed.view.missing).toBe("worst");
    const back = datasetComparisonModel(dataset, {
      method: parsed.view.method,
      missing: parsed.view.missing,
      criterion: parsed.view.criterionWeights,
      category: parsed.view.categoryWeights,
    });
    // The import keeps weights to two decimals on the 0-100 scale of the sliders.
    back.criteria.forEach((c, j) => expect(c.normalisedWeight).toBeCloseTo(model.criteria[j]!.normalisedWeight, 4));
    expect(back.scores!.map((s) => s.rank)).toEqual(model.scores!.map((s) => s.rank));
  });
});
