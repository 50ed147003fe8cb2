import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { syntheticDataset } from "../fixtures/synthetic-dataset";
import { datasetComparisonModel } from "@/lib/export/dataset-model";
import { MAX_EVIDENCE_ENTRIES } from "@/lib/export/pdf/evidence-index";
import { writePdf } from "@/lib/export/write-pdf";
import { writeXlsx } from "@/lib/export/write-xlsx";
import { seededRandom } from "@/lib/random";
import { loadDatasetFile } from "@/lib/server/dataset/load-dataset-file";
import { loadPresetsFile } from "@/lib/server/dataset/load-presets-file";
import { folded, pdfLinks, pdfPages } from "../support/pdf-text";

describe("the PDF comparison sheet", () => {
  it("prints the preset's name while the weights are the preset's, and non-Latin source titles exactly (fonts embedded)", { timeout: 60_000 }, async () => {
    const dataset = loadDatasetFile();
    const preset = loadPresetsFile(dataset).find((p) => p.slug === "european-mediator")!;
    const title = "Безопасность в Персидском заливе";
    const model = datasetComparisonModel({ ...dataset, sources: dataset.sources.map((s) => ({ ...s, title })) }, { preset });
    const bytes = await writePdf(model, { paper: "a4" });
    const pages = pdfPages(bytes);
    const text = folded(pages.join(" "));
    expect(text).toContain("Weights: A European mediator");
    expect(text).not.toContain("Custom (from");
    expect(text).toContain(title);
    const pdf = await PDFDocument.load(bytes);
    expect([pdf.getPage(0).getWidth(), pdf.getPage(0).getHeight()].map(Math.round)).toEqual([595, 842]);
    // The default title, and the link on every page.
    expect(pages[0]).toContain("Gulf security frameworks compared");
    for (const links of await pdfLinks(bytes)) expect(links.map((l) => l.uri)).toContain("http://localhost:3000/compare");
  });

  it("is made within bounds for 200 frameworks x 100 criteria, the appendix capped and pointing to the Excel sheet", { timeout: 180_000 }, async () => {
    const model = datasetComparisonModel(syntheticDataset(200, 100, seededRandom(11)));
    // Its time is a figure of `npm run bench`, not asserted here; what is bounded is what it makes.
    const bytes = await writePdf(model);
    expect(bytes.byteLength).toBeLessThan(8 * 1024 * 1024);
    const pages = pdfPages(bytes);
    expect(pages.length).toBeLessThan(400);
    pages.forEach((page, i) => expect(page).toContain(`Page ${i + 1} of ${pages.length}`));
    const text = folded(pages.join(" "));
    expect(text).toContain(`${200 * 100 - MAX_EVIDENCE_ENTRIES - countMissingEvidence(model)} more values have evidence`);
    expect(text).toContain("The 20 best are drawn; the matrix gives all 200 scores.");
  });
});

function countMissingEvidence(model: ReturnType<typeof datasetComparisonModel>): number {
  return model.criteria.reduce((n, c) => n + c.evidence.filter((e) => e === null).length, 0);
}

describe("a contested value in the sheets", () => {
  it("is marked in the PDF's evidence appendix with its note, and in the Excel evidence sheet", { timeout: 60_000 }, async () => {
    const dataset = structuredClone(loadDatasetFile());
    const cell = dataset.frameworks.find((f) => f.slug === "hope")!.assessments.find((a) => a.criterion === "acceptability-ir")!;
    cell.contested = true;
    cell.contestedNote = "Tehran's statements and the paper disagree on how far Iran backs its own plan.";
    const model = datasetComparisonModel(dataset);
    const text = folded(pdfPages(await writePdf(model)).join(" "));
    expect(text).toContain(folded(`Contested: ${cell.contestedNote}`));
    const ExcelJS = (await import("exceljs")).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await writeXlsx(model)) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    const sheet = workbook.getWorksheet("Evidence")!;
    const header = (sheet.getRow(1).values as unknown[]).map(String);
    const rows = sheet.getRows(2, sheet.rowCount - 1)!.map((r) => (r.values as unknown[]).map((v) => (v === undefined || v === null ? "" : String(v))));
    const contested = rows.filter((r) => r[header.indexOf("Contested")] === "contested");
    expect(contested.length).toBeGreaterThan(0);
    expect(contested.every((r) => r[header.indexOf("Contested note")] === cell.contestedNote)).toBe(true);
  });
});
