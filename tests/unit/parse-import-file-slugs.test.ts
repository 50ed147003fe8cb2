import { METHOD_IDS } from "@/lib/scoring/methods/registry";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { syntheticDataset } from "../fixtures/synthetic-dataset";
import { datasetComparisonModel } from "@/lib/export/dataset-model";
import { FRAMEWORK_SLUG_ROW, SLUG_HEADER, XLSX_HEADER_ROW } from "@/lib/export/sheet-columns";
import { writeCsv } from "@/lib/export/write-csv";
import { comparisonLayout, writeXlsx } from "@/lib/export/write-xlsx";
import { parseImportFile } from "@/lib/import/parse-import-file";
import { seededRandom } from "@/lib/random";

const dataset = syntheticDataset(3, 12, seededRandom(4));
const known = dataset.criteria.map((c) => ({ slug: c.slug, name: c.name, category: c.category }));
const weights = Object.fromEntries(dataset.criteria.map((c, j) => [c.slug, 10 + 5 * j]));
const model = datasetComparisonModel(dataset, { criterion: weights, method: "topsis", missing: "worst" });
const L = comparisonLayout(model);
/** Each criterion's weight relative to the second's, which the flat-category view keeps. */
const ratios = (w: Record<string, number>) => dataset.criteria.map((c) => w[c.slug]! / w[dataset.criteria[1]!.slug]!);

async function loaded(bytes: Buffer | ArrayBuffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  return workbook;
}
async function importXlsx(workbook: ExcelJS.Workbook, names = known) {
  return parseImportFile("s.xlsx", new Uint8Array(await workbook.xlsx.writeBuffer()), names);
}
const viewOf = (parsed: Awaited<ReturnType<typeof parseImportFile>>) => {
  if (!parsed.ok || parsed.kind !== "view") throw new Error(JSON.stringify(parsed));
  return parsed.view;
};

/**
 * A sheet as versions before the slug columns wrote it: no hidden slug column, no framework slug
 * row, and an About sheet with the method's and policy's labels only, worded as they were then.
 */
async function olderSheet() {
  const workbook = await loaded(await writeXlsx(model));
  const sheet = workbook.getWorksheet("Comparison")!;
  expect(sheet.getCell(XLSX_HEADER_ROW, L.slugCol).value).toBe(SLUG_HEADER);
  sheet.spliceColumns(L.slugCol, 1);
  sheet.spliceRows(L.frameworkSlugRow, 1);
  const about = workbook.getWorksheet("About")!;
  about.spliceColumns(3, 1);
  about.eachRow((row) => {
    if (row.getCell(1).value === "Method") row.getCell(2).value = "TOPSIS with vector normalisation";
    if (row.getCell(1).value === "Missing values")
      row.getCell(2).value = "worst: filled before normalising (mean of the known values, or the scale's worst or best end)";
  });
  return workbook;
}

describe("sheets carry slugs and codes, and an import reads by them", () => {
  it("hides the Excel slug column, the framework slug row and the About sheet's codes", async () => {
    const workbook = await loaded(await writeXlsx(model));
    const sheet = workbook.getWorksheet("Comparison")!;
    expect(sheet.getColumn(L.slugCol).hidden).toBe(true);
    expect(dataset.criteria.map((_, j) => sheet.getCell(L.firstRow + j, L.slugCol).value)).toEqual(dataset.criteria.map((c) => c.slug));
    expect(sheet.getRow(L.frameworkSlugRow).hidden).toBe(true);
    expect(sheet.getCell(L.frameworkSlugRow, 1).value).toBe(FRAMEWORK_SLUG_ROW);
    expect(dataset.frameworks.map((_, i) => sheet.getCell(L.frameworkSlugRow, L.rawCol + i).value)).toEqual(dataset.frameworks.map((f) => f.slug));
    // Nothing visible moved: the weight columns and the first framework block stand where they stood.
    expect([L.criterionWeightCol, L.categoryWeightCol, L.effectiveWeightCol, L.rawCol]).toEqual([6, 7, 8, 9]);
    const ranking = workbook.getWorksheet("Ranking")!;
    const rankingSlugCol = 4 + dataset.criteria.length;
    expect(ranking.getColumn(rankingSlugCol).hidden).toBe(true);
    expect(dataset.frameworks.map((_, i) => ranking.getCell(2 + i, rankingSlugCol).value)).toEqual(dataset.frameworks.map((f) => f.slug));
    const about = workbook.getWorksheet("About")!;
    expect(about.getColumn(3).hidden).toBe(true);
    const codes = new Map<string, unknown>();
    about.eachRow((row) => void codes.set(String(row.getCell(1).value), row.getCell(3).value));
    expect([codes.get("Method"), codes.get("Missing values")]).toEqual(["topsis", "worst"]);
  });

  it("matches Excel criteria by slug and the method by its code, whatever the names and labels now say", async () => {
    const workbook = await loaded(await writeXlsx(model));
    const sheet = workbook.getWorksheet("Comparison")!;
    // A reader translates the criterion names; an editor has since renamed one in the data.
    for (let r = L.firstRow; r <= L.lastRow; r++) sheet.getCell(r, 1).value = `Critère ${r}`;
    const renamed = known.map((c, j) => (j === 0 ? { ...c, name: "A new name" } : c));
    // The label a person reads is no longer what the code says; the code wins.
    workbook.getWorksheet("About")!.eachRow((row) => {
      if (row.getCell(1).value === "Method") row.getCell(2).value = "Weighted sum (min-max normalised)";
    });
    const view = viewOf(await importXlsx(workbook, renamed));
    expect(view).toMatchObject({ method: "topsis", missing: "worst", frameworks: dataset.frameworks.map((f) => f.slug) });
    ratios(view.criterionWeights).forEach((r, j) => expect(r).toBeCloseTo(ratios(weights)[j]!, 2));
  });

  it("names a slug it does not know, a slug twice, a framework slug that is not one, and a method code it does not know", async () => {
    const workbook = await loaded(await writeXlsx(model));
    const sheet = workbook.getWorksheet("Comparison")!;
    sheet.getCell(L.firstRow, L.slugCol).value = "no-such-criterion";
    sheet.getCell(L.firstRow + 2, L.slugCol).value = dataset.criteria[1]!.slug;
    sheet.getCell(L.frameworkSlugRow, L.rawCol).value = "Not A Slug!";
    workbook.getWorksheet("About")!.eachRow((row) => {
      if (row.getCell(1).value === "Method") row.getCell(3).value = "magic";
    });
    const parsed = await importXlsx(workbook);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues.map((i) => [i.path, i.message])).toEqual([
      [`Comparison row ${L.firstRow}, Slug`, '"no-such-criterion" is not a known criterion'],
      [`Comparison row ${L.firstRow + 2}, Slug`, `"${dataset.criteria[1]!.slug}" appears twice`],
      [`Comparison row ${L.frameworkSlugRow}, Framework slug`, '"Not A Slug!" is not a framework slug'],
      [expect.stringMatching(/^About row \d+, Method$/), `"magic" is not one of ${METHOD_IDS.join(", ")}`],
    ]);
  });

  it("still imports a sheet made before the slugs: criteria by display name, the method and policy by their old labels", async () => {
    const older = await olderSheet();
    const view = viewOf(await importXlsx(older));
    expect(view).toMatchObject({ method: "topsis", missing: "worst", frameworks: [] });
    ratios(view.criterionWeights).forEach((r, j) => expect(r).toBeCloseTo(ratios(weights)[j]!, 2));
    // Without slugs a name is all there is: a renamed criterion is not found.
    const renamed = known.map((c, j) => (j === 0 ? { ...c, name: "A new name" } : c));
    const refused = await importXlsx(older, renamed);
    expect(!refused.ok && refused.issues[0]).toEqual({
      path: `Comparison row ${L.firstRow}, Criterion`,
      message: `"${known[0]!.name}" is not a known criterion`,
      code: "unknownCriterion",
      params: { sheet: "Comparison", row: L.firstRow, column: "Criterion", value: known[0]!.name },
    });
  });

  it("reads the CSV's framework slug row back as the view's frameworks; a CSV without it shows every framework", async () => {
    const csv = writeCsv(datasetComparisonModel(dataset, { criterion: weights, method: "topsis", missing: "worst" }));
    const rows = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;
    expect(rows.find((r) => r[0] === FRAMEWORK_SLUG_ROW)!.slice(5)).toEqual(dataset.frameworks.map((f) => f.slug));
    const parse = async (text: string) => viewOf(await parseImportFile("s.csv", new TextEncoder().encode(text), known));
    const view = await parse(csv);
    expect(view).toMatchObject({ method: "topsis", missing: "worst", frameworks: dataset.frameworks.map((f) => f.slug) });
    ratios(view.criterionWeights).forEach((r, j) => expect(r).toBeCloseTo(ratios(weights)[j]!, 2));
    const older = Papa.unparse(rows.filter((r) => r[0] !== FRAMEWORK_SLUG_ROW));
    expect((await parse(older)).frameworks).toEqual([]);
  });
});
