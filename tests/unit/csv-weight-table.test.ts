import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { syntheticDataset } from "../fixtures/synthetic-dataset";
import { datasetComparisonModel } from "@/lib/export/dataset-model";
import { writeCsv } from "@/lib/export/write-csv";
import { writeXlsx } from "@/lib/export/write-xlsx";
import { comparisonLayout } from "@/lib/export/write-xlsx";
import { parseImportFile } from "@/lib/import/parse-import-file";
import type { Locale } from "@/lib/i18n/locales";
import { seededRandom } from "@/lib/random";

const dataset = syntheticDataset(3, 8, seededRandom(21));
const known = dataset.criteria.map((c) => ({ slug: c.slug, name: c.name, category: c.category }));
const [first, second] = dataset.criteria;
// Categories weighed apart, so that the normalised column is not the criterion weights over again.
const category = Object.fromEntries(dataset.categories.map((c, k) => [c.slug, 20 * ((k % 4) + 1)]));
const criterion = Object.fromEntries(dataset.criteria.map((c) => [c.slug, 50]));
const modelIn = (locale: Locale) => datasetComparisonModel(dataset, { criterion, category, locale });

const rowsOf = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, "")).data;
const csvOf = (rows: string[][]) => new TextEncoder().encode(Papa.unparse(rows, { newline: "\r\n" }));
/** The weight table's row of a criterion: the second time its slug is in the Slug column. */
const tableRow = (rows: string[][], slug: string) => rows.filter((r) => r[1] === slug)[1]!;
const topRow = (rows: string[][], slug: string) => rows.find((r) => r[1] === slug)!;

async function viewOf(name: string, bytes: Uint8Array) {
  const parsed = await parseImportFile(name, bytes, known);
  if (!parsed.ok || parsed.kind !== "view") throw new Error(JSON.stringify(parsed));
  return parsed.view;
}

describe("a CSV sheet's weight table on import", () => {
  it.each(["en", "ar"] as const)(
    "is what an import reads (%s): an edited criterion weight counts, as the same edit in the Excel sheet does",
    async (locale) => {
      const model = modelIn(locale);
      const rows = rowsOf(writeCsv(model));
      tableRow(rows, first!.slug)[3] = "80";
      const csv = await viewOf("sheet.csv", csvOf(rows));

      const ExcelJS = (await import("exceljs")).default;
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await writeXlsx(model)) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
      const L = comparisonLayout(model);
      workbook.getWorksheet("Comparison")!.getCell(L.firstRow, L.criterionWeightCol).value = 80;
      const xlsx = await viewOf("sheet.xlsx", new Uint8Array(await workbook.xlsx.writeBuffer()));

      expect(model.criteria[0]!.slug).toBe(first!.slug);
      expect(csv.criterionWeights).toEqual(xlsx.criterionWeights);
      expect(csv.criterionWeights[first!.slug]! / csv.criterionWeights[second!.slug]!).toBeCloseTo(
        (80 * category[first!.category]!) / (50 * category[second!.category]!),
        6,
      );
    },
  );

  it("refuses a sheet whose normalised weight was edited, naming the criterion, rather than guess which edit was meant", async () => {
    const rows = rowsOf(writeCsv(modelIn("en")));
    const line = rows.indexOf(topRow(rows, second!.slug)) + 1;
    const table = tableRow(rows, second!.slug);
    topRow(rows, second!.slug)[4] = "0.4";
    const parsed = await parseImportFile("sheet.csv", csvOf(rows), known);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.issues).toEqual([
      {
        path: `row ${line}, Weight (normalised)`,
        code: "weightsDisagree",
        message: expect.stringContaining(`the weight of "${second!.name}" here, 0.4, is not its effective weight in the weight table, ${table[5]}`),
        params: { criterion: second!.name, normalised: "0.4", effective: table[5], row: line, column: "Weight (normalised)" },
      },
    ]);
    // The table's own effective weight edited: the same.
    const again = rowsOf(writeCsv(modelIn("en")));
    tableRow(again, first!.slug)[5] = "0.9";
    const refused = await parseImportFile("sheet.csv", csvOf(again), known);
    expect(!refused.ok && refused.issues.map((i) => [i.code, i.params?.criterion])).toEqual([["weightsDisagree", first!.name]]);
  });

  it("names a criterion missing from the table, and a weight in it out of range by its row in the file", async () => {
    const rows = rowsOf(writeCsv(modelIn("en")));
    const firstInTable = tableRow(rows, first!.slug);
    firstInTable[4] = "250";
    const line = rows.indexOf(firstInTable) + 1;
    rows.splice(rows.indexOf(tableRow(rows, second!.slug)), 1);
    const parsed = await parseImportFile("sheet.csv", csvOf(rows), known);
    expect(!parsed.ok && parsed.issues.map((i) => [i.path, i.code])).toEqual([
      [`row ${line}, Category weight (0-100)`, "weightOutOfRange"],
      [`row ${rows.indexOf(topRow(rows, second!.slug)) + 1}, Weight (normalised)`, "notInWeightTable"],
    ]);
  });

  it("leaves a sheet without a weight table (made before it) to its normalised column", async () => {
    const rows = rowsOf(writeCsv(modelIn("en")));
    const top = rows.slice(0, 1 + dataset.criteria.length);
    top[1]![4] = "0.5";
    const view = await viewOf("old.csv", csvOf(top));
    expect(view.criterionWeights[first!.slug]).toBe(100);
  });
});
