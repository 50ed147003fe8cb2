import ExcelJS from "exceljs";
import Papa from "papaparse";
import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { datasetComparisonModel } from "@/lib/export/dataset-model";
import { sheetFonts } from "@/lib/export/pdf/sheet-fonts";
import { FRAMEWORK_SLUG_ROW, SLUG_HEADER } from "@/lib/export/sheet-columns";
import { sheetWords } from "@/lib/export/sheet-words";
import { writeCsv } from "@/lib/export/write-csv";
import { writePdf } from "@/lib/export/write-pdf";
import { comparisonLayout, writeXlsx } from "@/lib/export/write-xlsx";
import { parseImportFile } from "@/lib/import/parse-import-file";
import type { Locale } from "@/lib/i18n/locales";
import { loadDatasetFile } from "@/lib/server/dataset/load-dataset-file";
import { loadPresetsFile } from "@/lib/server/dataset/load-presets-file";
import { recalculatedByLibreOffice, SOFFICE } from "../support/libreoffice";
import { folded, pdfPages } from "../support/pdf-text";

const dataset = loadDatasetFile();
const preset = loadPresetsFile(dataset).find((p) => p.slug === "european-mediator")!;
/** A custom view: a preset, one weight changed, another method and missing-value policy. */
const VIEW = { preset, criterion: { [dataset.criteria[0]!.slug]: 0 }, method: "topsis", missing: "worst" } as const;
const OTHERS = ["ar", "fa", "ru"] as const;
const known = dataset.criteria.map((c) => ({ slug: c.slug, name: c.name, category: c.category }));

const model = (locale: Locale, data = dataset) => datasetComparisonModel(data, { ...VIEW, locale });
const csvRows = (locale: Locale, data = dataset) => Papa.parse<string[]>(writeCsv(model(locale, data)).slice(1), { skipEmptyLines: false }).data;

async function workbook(locale: Locale): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await writeXlsx(model(locale))) as unknown as Parameters<typeof book.xlsx.load>[0]);
  return book;
}

/** Where the CSV's evidence table starts: after its last blank line. */
const evidenceStart = (rows: string[][]) => rows.findLastIndex((r) => r.length === 1 && r[0] === "") + 1;

/** The CSV's label cells: the header's fixed columns, each label row's first cell up to the evidence table, and the tables' headers. */
function labelCells(rows: string[][]): string[] {
  const slugs = new Set(dataset.criteria.map((c) => c.slug));
  const evidence = evidenceStart(rows);
  const labelRows = rows.slice(1 + dataset.criteria.length, evidence).filter((r) => r[0] !== "" && r[0] !== undefined && !slugs.has(r[1]!));
  return [...rows[0]!.slice(0, 5), ...labelRows.map((r) => r[0]!), ...rows[evidence]!];
}

describe("comparison sheets in Arabic, Persian and Russian", () => {
  it.each(OTHERS)("%s: the CSV's headers, settings and table labels are all translated (the slug columns and codes stay as they are)", (locale) => {
    const english = labelCells(csvRows("en"));
    const theirs = labelCells(csvRows(locale));
    expect(theirs).toHaveLength(english.length);
    const sameAsEnglish = theirs.filter((label, i) => label === english[i] && label !== SLUG_HEADER && label !== FRAMEWORK_SLUG_ROW);
    expect(sameAsEnglish).toEqual([]);
  });

  it("prints the vocabulary's own translations, marks a name without one (EN), and keeps rationales, quotes and numbers as they are", () => {
    const hope = dataset.frameworks.find((f) => f.translations?.ar?.name)!;
    const untranslated = { ...dataset, frameworks: dataset.frameworks.map((f) => (f.slug === hope.slug ? { ...f, translations: {} } : f)) };
    const ar = csvRows("ar");
    const marked = csvRows("ar", untranslated);
    const en = csvRows("en");
    const column = 5 + dataset.frameworks.indexOf(hope);
    expect(ar[0]![column]).toBe(hope.translations!.ar!.name);
    expect(marked[0]![column]).toBe(`\u2068${hope.name} (EN)\u2069`);
    expect(marked[0]!.filter((name) => name.includes("(EN)"))).toHaveLength(1);
    expect(ar[1]![0]).toBe(dataset.criteria[0]!.translations!.ar!.name);
    // Weights and values: the same numbers, Latin digits and a point, whatever the language.
    const numbers = (rows: string[][]) => rows.slice(1, 1 + dataset.criteria.length).map((r) => r.slice(4));
    expect(numbers(ar)).toEqual(numbers(en));
    expect(
      numbers(ar)
        .flat()
        .every((cell) => cell === "" || /^-?\d+(\.\d+)?$/.test(cell)),
    ).toBe(true);
    // Quotes are the sources' own words: the last column of the evidence rows is the same.
    const quotes = (rows: string[][]) => rows.slice(evidenceStart(rows) + 1).map((r) => r[9]);
    expect(quotes(ar)).toEqual(quotes(en));
    expect(quotes(ar).length).toBeGreaterThan(100);
  });

  it("writes Arabic and Persian workbooks right to left with the same formulas, English and Russian left to right", async () => {
    const books = Object.fromEntries(await Promise.all((["en", "ar", "fa", "ru"] as const).map(async (l) => [l, await workbook(l)] as const)));
    const rtl = (book: ExcelJS.Workbook) => book.worksheets.map((s) => s.views?.[0]?.rightToLeft === true);
    expect(rtl(books.ar!)).toEqual([true, true, true, true, true]);
    expect(rtl(books.fa!)).toEqual([true, true, true, true, true]);
    expect(rtl(books.en!)).toEqual([false, false, false, false, false]);
    expect(rtl(books.ru!)).toEqual([false, false, false, false, false]);
    const formulas = (book: ExcelJS.Workbook) => {
      const out: string[] = [];
      book.getWorksheet("Comparison")!.eachRow((row) => row.eachCell((cell) => cell.formula && out.push(cell.formula)));
      return out;
    };
    expect(formulas(books.ar!)).toEqual(formulas(books.en!));
    expect(formulas(books.en!).length).toBeGreaterThan(500);
    expect(books.ar!.getWorksheet("Comparison")!.getCell("A1").value).toBe("مقارنة أطر أمن الخليج");
  });

  it.each(OTHERS)("%s: the CSV and the Excel sheet import back to the same view as the English ones", async (locale) => {
    for (const [name, write] of [
      ["sheet.csv", (l: Locale) => new TextEncoder().encode(writeCsv(model(l)))],
      ["sheet.xlsx", async (l: Locale) => new Uint8Array(await writeXlsx(model(l)))],
    ] as const) {
      const english = await parseImportFile(name, await write("en"), known);
      const theirs = await parseImportFile(name, await write(locale), known);
      if (!theirs.ok || theirs.kind !== "view") throw new Error(`${name}: ${JSON.stringify(theirs)}`);
      expect(theirs).toEqual(english);
      expect(theirs.view).toMatchObject({ method: "topsis", missing: "worst", frameworks: dataset.frameworks.map((f) => f.slug) });
      expect(theirs.view.criterionWeights[dataset.criteria[0]!.slug]).toBe(0);
    }
  });

  it("prints the Arabic and Persian PDFs' words in logical order (pdftotext), with fonts for Persian letters, Persian digits and Cyrillic", {
    timeout: 120_000,
  }, async () => {
    const plain = (bytes: Uint8Array) =>
      folded(
        pdfPages(bytes)
          .join(" ")
          .replace(/[\u202a-\u202e]/g, ""),
      );
    const ar = plain(await writePdf(model("ar")));
    const fa = plain(await writePdf(model("fa")));
    const framework = dataset.frameworks[0]!;
    for (const words of ["مقارنة أطر أمن الخليج", "المتصدّر وما قد يغيّره", "ملحق الأدلة", "جنبًا إلى جنب", framework.translations!.ar!.name!])
      expect(ar).toContain(words);
    for (const words of ["خلیج فارس", "کنار هم", "پیوست شواهد", framework.translations!.fa!.name!]) expect(fa).toContain(words);
    expect(ar).not.toContain("Side by side");
    const fonts = sheetFonts(await PDFDocument.create()).fonts.regular;
    expect([..."پچژگیک۰۱۲۳۴۵۶۷۸۹"].filter((ch) => !fonts.arabic.has(ch.codePointAt(0)!))).toEqual([]);
    expect([..."Инициатива ёЁ"].filter((ch) => !fonts.latin.has(ch.codePointAt(0)!))).toEqual([]);
  });

  // Needs LibreOffice (Debian's libreoffice-calc-nogui); .ci/run installs it.
  it.skipIf(!SOFFICE)("an Arabic workbook recalculates in LibreOffice to the app's own scores and ranks", { timeout: 300_000 }, async () => {
    const arabic = model("ar");
    const recalculated = await recalculatedByLibreOffice({ ar: new Uint8Array(await writeXlsx(arabic)) });
    const sheet = recalculated.ar!.getWorksheet("Comparison")!;
    const L = comparisonLayout(arabic);
    const result = (r: number, c: number) => (sheet.getCell(r, c).value as { result?: number }).result ?? 0;
    arabic.scores!.forEach((s, i) => {
      expect(result(L.scoreRow, L.contributionCol + i), s.slug).toBeCloseTo(s.score, 9);
      expect(result(L.rankRow, L.contributionCol + i), s.slug).toBe(s.rank);
    });
  });
});

describe("a sheet without a ranking", () => {
  it("says why in its own language", () => {
    const zero = Object.fromEntries(dataset.criteria.map((c) => [c.slug, 0]));
    const reason = (locale: Locale) => {
      const rows = Papa.parse<string[]>(writeCsv(datasetComparisonModel(dataset, { criterion: zero, locale })).slice(1)).data;
      return rows.find((r) => r[0] === sheetWords(locale).t("row.noRanking"))?.[1];
    };
    expect(reason("en")).toBe("Every weight is zero: raise at least one to rank the frameworks.");
    for (const locale of OTHERS) expect(reason(locale)).toBe(sheetWords(locale).shared("ranking.problems.every-weight-zero", "(none)"));
    expect(reason("ar")).toContain("صفر");
  });
});
