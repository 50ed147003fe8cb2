import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import type { ValueFunctionMap } from "@/lib/compare/value-functions";
import { datasetComparisonModel } from "@/lib/export/dataset-model";
import { viewOf } from "@/lib/export/view-export";
import { WEIGHT_TABLE_HEADER } from "@/lib/export/view-settings";
import { writeCsv } from "@/lib/export/write-csv";
import { writePdf } from "@/lib/export/write-pdf";
import { writeXlsx } from "@/lib/export/write-xlsx";
import { parseImportFile } from "@/lib/import/parse-import-file";
import { viewToQuery } from "@/lib/import/view-to-query";
import { loadDatasetFile } from "@/lib/server/dataset/load-dataset-file";
import { pdfPages } from "../support/pdf-text";

const dataset = loadDatasetFile();
const known = dataset.criteria.map((c) => ({ slug: c.slug, name: c.name, category: c.category }));
const VALUE_FUNCTIONS: ValueFunctionMap = {
  "stance-toward-iran": { direction: "cost" },
  "escalation-risk": {
    points: [
      [0, 1],
      [1, 0.8],
      [2, 0],
    ],
  },
};
const preferences = { "escalation-risk": { type: "linear" as const, q: 0.25, p: 1 } };
const model = datasetComparisonModel(dataset, { method: "promethee2", missing: "worst", valueFunctions: VALUE_FUNCTIONS, preferences });

describe("a view's value functions in the exports", () => {
  it("CSV: the weight table says what is good on each criterion, and the settings carry the code an import reads back", async () => {
    const csv = writeCsv(model);
    const rows = Papa.parse<string[]>(csv.replace(/^\uFEFF/, "")).data;
    const head = rows.findIndex((r) => r.join() === WEIGHT_TABLE_HEADER.join());
    expect(rows[head]!.at(-1)).toBe("What is good");
    const good = (slug: string) =>
      rows
        .slice(head + 1)
        .find((r) => r[1] === slug)!
        .at(-1);
    expect(good("stance-toward-iran")).toBe("lower is better");
    expect(good("escalation-risk")).toBe("own values: 0 → 1, 1 → 0.8, 2 → 0");
    expect(good("viability")).toBe("higher is better");
    const parsed = await parseImportFile("sheet.csv", new TextEncoder().encode(csv), known);
    if (!parsed.ok || parsed.kind !== "view") throw new Error(JSON.stringify(parsed));
    expect(parsed.view.valueFunctions).toEqual(VALUE_FUNCTIONS);
    expect(parsed.view.preferences).toEqual(preferences);
    expect(new URLSearchParams(viewToQuery(parsed.view)).get("vf")).toBe("stance-toward-iran:cost,escalation-risk:0=1;1=0.8;2=0");
  });

  it("CSV and Excel: the Direction column is the view's, not the criterion's own; one given per point is written as its points", async () => {
    const rows = Papa.parse<string[]>(writeCsv(model).replace(/^\uFEFF/, "")).data;
    const direction = rows[0]!.indexOf("Direction");
    const csv = (slug: string) => rows.find((r) => r[1] === slug)![direction];
    // The stance toward Iran's own direction is "benefit"; the view holds lower better.
    expect(dataset.criteria.find((c) => c.slug === "stance-toward-iran")!.direction).toBe("benefit");
    expect(csv("stance-toward-iran")).toBe("cost");
    expect(csv("escalation-risk")).toBe("0=1;1=0.8;2=0");
    expect(csv("viability")).toBe("benefit");

    const ExcelJS = (await import("exceljs")).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await writeXlsx(model)) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    const sheet = workbook.getWorksheet("Comparison")!;
    const xlsx = (name: string) =>
      sheet
        .getRows(5, model.criteria.length)!
        .find((r) => r.getCell(1).value === name)!
        .getCell(3).value;
    for (const slug of ["stance-toward-iran", "viability"]) expect(xlsx(model.criteria.find((c) => c.slug === slug)!.name)).toBe(csv(slug));
  });

  it("PDF: the matrix marks each criterion with what the view holds good on it", { timeout: 60_000 }, async () => {
    const pages = pdfPages(await writePdf(model));
    const mark = (name: string) => pages.join("\n").match(new RegExp(`^\\s*${name}\\s+(\\S)\\s+\\d`, "m"))?.[1];
    expect(mark("Stance toward Iran")).toBe("↓");
    expect(mark("Escalation risk")).toBe("∿");
    expect(mark("Viability as the paper judges it")).toBe("↑");
    expect(mark("Containment of a regional state as purpose")).toBe("↓");
  });

  it("Excel: the About sheet carries the value and preference functions, which an import reads back", async () => {
    const parsed = await parseImportFile("sheet.xlsx", new Uint8Array(await writeXlsx(model)), known);
    if (!parsed.ok || parsed.kind !== "view") throw new Error(JSON.stringify(parsed));
    expect(parsed.view).toMatchObject({ method: "promethee2", missing: "worst", valueFunctions: VALUE_FUNCTIONS, preferences });
  });

  it("JSON: the view holds them", () => {
    expect(viewOf(model, "").valueFunctions).toEqual(VALUE_FUNCTIONS);
    expect(viewOf(datasetComparisonModel(dataset), "").valueFunctions).toBeUndefined();
  });
});
