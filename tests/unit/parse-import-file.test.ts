import { describe, expect, it } from "vitest";
import { syntheticDataset } from "../fixtures/synthetic-dataset";
import { datasetComparisonModel } from "@/lib/export/dataset-model";
import { EXPORT_FORMAT_ID } from "@/lib/export/view-export";
import { writeXlsx } from "@/lib/export/write-xlsx";
import { MAX_IMPORT_BYTES, parseImportFile } from "@/lib/import/parse-import-file";
import { seededRandom } from "@/lib/random";

const dataset = syntheticDataset(2, 12, seededRandom(9));
const known = dataset.criteria.map((c) => ({ slug: c.slug, name: c.name, category: c.category }));
const bytes = (text: string) => new TextEncoder().encode(text);
const parse = (name: string, text: string) => parseImportFile(name, bytes(text), known);
const refusal = async (name: string, text: string) => {
  const parsed = await parse(name, text);
  if (parsed.ok) throw new Error(`${name} was accepted`);
  return parsed;
};
const sheet = (rows: string[][]) => rows.map((r) => r.join(",")).join("\r\n");
const header = ["Criterion", "Slug", "Category", "Direction", "Weight (normalised)"];
const [first, second] = dataset.criteria;

describe("parseImportFile", () => {
  it("refuses an empty file, a file over the limit (413) and a file of another kind, by name", async () => {
    expect((await refusal("x.json", "")).error).toBe("the file is empty");
    const big = await parseImportFile("x.json", new Uint8Array(MAX_IMPORT_BYTES + 1), known);
    expect(big).toMatchObject({ ok: false, problem: "too-large" });
    expect(!big.ok && big.error).toMatch(/the limit is 10 MB/);
    expect((await refusal("notes.txt", "hello")).error).toBe('"notes.txt" is not a .json, .csv or .xlsx file');
  });

  it("reads a bare dataset and the JSON export around it, and names the record and field of a broken one", async () => {
    expect(await parse("d.json", JSON.stringify(dataset))).toMatchObject({ ok: true, kind: "dataset", view: null });
    const wrapped = await parse("e.json", JSON.stringify({ format: EXPORT_FORMAT_ID, dataset }));
    expect(wrapped).toMatchObject({ ok: true, kind: "dataset" });
    const broken = structuredClone(dataset);
    const cell = broken.frameworks[1]!.assessments[3]!;
    expect(cell.criterion).toBe("acceptability-ru");
    (cell as { value: unknown }).value = "high";
    const refused = await refusal("d.json", JSON.stringify(broken));
    expect(refused.error).toBe("the dataset is invalid");
    expect(refused.issues).toContainEqual({
      path: "frameworks[framework-2].assessments[acceptability-ru].value",
      message: "must be a number",
      code: "notNumber",
    });
  });

  it("refuses text that is not JSON, and JSON holding an unpaired surrogate", async () => {
    expect((await refusal("d.json", "{ not json")).error).toMatch(/^the file is not valid JSON/);
    const lone = await refusal("d.json", `{"schemaVersion": 2, "sources": [{"title": "\\ud800"}]}`);
    expect(lone.issues).toEqual([{ path: "sources[0].title", message: expect.stringMatching(/unpaired surrogate/), code: "unpairedSurrogate" }]);
  });

  it("reads a CSV sheet's weights as a view, and its method and missing-value policy by code or label", async () => {
    const csv = sheet([
      header,
      [first!.name, first!.slug, "", "", "0.75"],
      [second!.name, second!.slug, "", "", "0.25"],
      [],
      ["Method", "topsis"],
      ["Missing values", "worst"],
    ]);
    const parsed = await parse("s.csv", csv);
    expect(parsed).toMatchObject({ ok: true, kind: "view", view: { method: "topsis", missing: "worst" } });
    if (parsed.ok && parsed.kind === "view") expect(parsed.view.criterionWeights).toEqual({ [first!.slug]: 100, [second!.slug]: 33.33 });
  });

  it("names every bad row of a CSV: an unknown slug, a slug twice, a weight that is not a number of 0 or more, an unknown method", async () => {
    const csv = sheet([
      header,
      ["?", "no-such-criterion", "", "", "1"],
      [first!.name, first!.slug, "", "", "1"],
      [first!.name, first!.slug, "", "", "1"],
      [second!.name, second!.slug, "", "", "-1"],
      ["Method", "magic"],
    ]);
    const refused = await refusal("s.csv", csv);
    expect(refused.issues.map((i) => i.path)).toEqual(["row 2, Slug", "row 4, Slug", "row 5, Weight (normalised)", "row 6, Method"]);
  });

  it("refuses a CSV without the sheet's columns, without criterion rows, or with every weight zero", async () => {
    expect((await refusal("s.csv", "a,b\r\n1,2")).error).toMatch(/needs the columns "Slug" and "Weight \(normalised\)"/);
    expect((await refusal("s.csv", sheet([header]))).error).toBe("the CSV holds no criterion rows");
    expect((await refusal("s.csv", sheet([header, [first!.name, first!.slug, "", "", "0"]]))).error).toBe("every weight in the CSV is zero");
  });

  it("reads the weights of its own Excel sheet back, and refuses a workbook without the Comparison sheet", async () => {
    const weights = Object.fromEntries(dataset.criteria.map((c, j) => [c.slug, j === 0 ? 0 : 20 + j]));
    const xlsx = await writeXlsx(datasetComparisonModel(dataset, { criterion: weights, method: "topsis" }));
    const parsed = await parseImportFile("s.xlsx", new Uint8Array(xlsx), known);
    if (!parsed.ok || parsed.kind !== "view") throw new Error(JSON.stringify(parsed));
    expect(parsed.view.method).toBe("topsis");
    const ratio = (w: Record<string, number>) => dataset.criteria.map((c) => w[c.slug]! / w[dataset.criteria[1]!.slug]!);
    ratio(parsed.view.criterionWeights).forEach((r, j) => expect(r).toBeCloseTo(ratio(weights)[j]!, 3));
    const ExcelJS = (await import("exceljs")).default;
    const other = new ExcelJS.Workbook();
    other.addWorksheet("Sheet1").getCell("A1").value = "hello";
    const refused = await parseImportFile("o.xlsx", new Uint8Array(await other.xlsx.writeBuffer()), known);
    expect(!refused.ok && refused.error).toMatch(/no "Comparison" sheet/);
  });
});
