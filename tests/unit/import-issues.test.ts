import ExcelJS from "exceljs";
import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import ar from "@/messages/ar.json";
import en from "@/messages/en.json";
import fa from "@/messages/fa.json";
import ru from "@/messages/ru.json";
import type { IssueReport } from "@/lib/domain/format-issues";
import { datasetComparisonModel } from "@/lib/export/dataset-model";
import { comparisonLayout, writeXlsx } from "@/lib/export/write-xlsx";
import { writeCsv } from "@/lib/export/write-csv";
import { IMPORT_ISSUE_CODES, placeKey } from "@/lib/import/import-issue";
import { MAX_IMPORT_BYTES, parseImportFile } from "@/lib/import/parse-import-file";
import { readXlsxEntries } from "@/lib/import/read-xlsx-entries";
import { formattingLocale } from "@/lib/i18n/locales";
import { seededRandom } from "@/lib/random";
import { syntheticDataset } from "../fixtures/synthetic-dataset";
import { buildZip, deflatedZeros } from "../support/build-zip";

const dataset = syntheticDataset(2, 6, seededRandom(3));
const known = dataset.criteria.map((c) => ({ slug: c.slug, name: c.name, category: c.category }));
const [first, second] = dataset.criteria;
const bytes = (text: string) => new TextEncoder().encode(text);
const header = "Criterion,Slug,Category,Direction,Weight (normalised)";

type Markup = (key: string, values?: object) => string;
/** The import's messages as a page says them, its tags as plain text (in English: the API's words). */
const importWords = (locale: string, messages: object) => createTranslator({ locale, messages, namespace: "import" as never }).markup as unknown as Markup;
const TAGS = { held: (c: string) => c, en: (c: string) => c, code: (c: string) => c };
const say = (words: Markup, issue: IssueReport) => words(`issues.${issue.code}`, { ...issue.params, ...TAGS });
/** Where the issue is, as the page says it (the whole file, a row and its column); null for a path written as it is. */
const placeOf = (words: Markup, issue: IssueReport) => {
  const key = placeKey(issue);
  return key && words(`places.${key}`, { ...issue.params, ...TAGS });
};

const refused = async (name: string, content: Uint8Array) => {
  const parsed = await parseImportFile(name, content, known);
  if (parsed.ok) throw new Error(`${name} was accepted`);
  return parsed.issues;
};

/** A sheet exported by the app, edited as a person might: a weight out of range, an unknown slug, a method code no one knows. */
async function editedWorkbook(): Promise<Uint8Array> {
  const model = datasetComparisonModel(dataset, { criterion: Object.fromEntries(dataset.criteria.map((c) => [c.slug, 50])), method: "wsm" });
  const L = comparisonLayout(model);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await writeXlsx(model)) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  const sheet = workbook.getWorksheet("Comparison")!;
  sheet.getCell(L.firstRow, L.criterionWeightCol).value = 500;
  sheet.getCell(L.firstRow + 1, L.slugCol).value = "made-up";
  sheet.getCell(L.frameworkSlugRow, L.rawCol).value = "Not A Slug!";
  workbook.getWorksheet("About")!.eachRow((row) => {
    if (row.getCell(1).value === "Method") row.getCell(3).value = "magic";
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A workbook of one Comparison sheet: nothing in it, or only its header row (row 4). */
async function bareComparison(withHeader: boolean): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Comparison");
  if (withHeader)
    sheet.getRow(4).values = [
      undefined,
      "Criterion",
      "Category",
      "Direction",
      "Scale min",
      "Scale max",
      "Criterion weight (0-100)",
      "Category weight (0-100)",
    ] as never;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The app's own workbook with every criterion's weight set to zero. */
async function zeroWeights(): Promise<Uint8Array> {
  const model = datasetComparisonModel(dataset, { criterion: Object.fromEntries(dataset.criteria.map((c) => [c.slug, 50])), method: "wsm" });
  const L = comparisonLayout(model);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await writeXlsx(model)) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  for (let r = L.firstRow; r <= L.lastRow; r++) workbook.getWorksheet("Comparison")!.getCell(r, L.criterionWeightCol).value = 0;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Every issue a test file can raise, from real files. */
async function everyIssue(): Promise<IssueReport[]> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Sheet1").getCell("A1").value = "hello";
  const MiB = 1024 * 1024;
  const parts = [
    { name: "xl/workbook.xml", data: "<workbook/>" },
    { name: "xl/worksheets/sheet1.xml", data: "<worksheet/>" },
  ];
  const archive = async (entries: Parameters<typeof buildZip>[0], limits = { maxEntries: 1000, maxPartBytes: 32 * MiB, maxTotalBytes: 48 * MiB }) => {
    const read = await readXlsxEntries(buildZip(entries), limits);
    if (read.ok) throw new Error("the archive was accepted");
    return read.issues;
  };
  const csv = (rows: string[]) => refused("s.csv", bytes(rows.join("\r\n")));
  return [
    ...(await refused("big.json", new Uint8Array(MAX_IMPORT_BYTES + 1))),
    ...(await refused("x.json", new Uint8Array(0))),
    ...(await refused("notes.txt", bytes("hello"))),
    ...(await refused("d.json", bytes("{ not json"))),
    ...(await refused("d.json", bytes(`{"schemaVersion": 2, "sources": [{"title": "\\ud800"}]}`))),
    ...(await csv([header, `${first!.name},${first!.slug},,,"1`])),
    ...(await csv(["a,b", "1,2"])),
    ...(await csv([header])),
    ...(await csv([header, `${first!.name},${first!.slug},,,0`])),
    ...(await csv([
      header,
      `?,no-such-criterion,,,1`,
      `${first!.name},${first!.slug},,,1`,
      `${first!.name},${first!.slug},,,1`,
      `${second!.name},${second!.slug},,,heavy`,
      "Method,magic",
      "Missing values,never",
      "Framework slug,,,,,Not A Slug!",
    ])),
    ...(await csv([header, ...Array.from({ length: 150 }, (_, i) => `?,no-such-criterion-${i},,,1`)])),
    // A normalised weight that is not the weight table's effective one, and a criterion the table lacks.
    ...(await csv([
      header,
      `${first!.name},${first!.slug},,,0.5`,
      `${second!.name},${second!.slug},,,0.5`,
      "",
      "Criterion,Slug,Category,Criterion weight (0-100),Category weight (0-100),Effective weight,What is good",
      `${first!.name},${first!.slug},,50,100,0.25,`,
    ])),
    ...(await refused("w.xlsx", new Uint8Array(await workbook.xlsx.writeBuffer()))),
    ...(await refused("w.xlsx", await editedWorkbook())),
    ...(await refused("w.xlsx", bytes("not a zip at all"))),
    ...(await refused("w.xlsx", buildZip([{ name: "xl/workbook.xml", data: "<<not xml" }]))),
    ...(await refused("w.xlsx", await bareComparison(false))),
    ...(await refused("w.xlsx", await bareComparison(true))),
    ...(await refused("w.xlsx", await zeroWeights())),
    ...(await archive([...parts, { name: "xl/styles.xml", data: "<a/>" }], { maxEntries: 2, maxPartBytes: MiB, maxTotalBytes: MiB })),
    ...(await archive([...parts, { name: "xl/worksheets/sheet1.xml", data: "<again/>" }])),
    ...(await archive([...parts, { name: "xl/worksheets/sheet2.xml", deflated: deflatedZeros(2 * MiB) }], {
      maxEntries: 9,
      maxPartBytes: MiB,
      maxTotalBytes: 9 * MiB,
    })),
    ...(await archive([...parts, { name: "xl/worksheets/sheet2.xml", deflated: deflatedZeros(MiB) }], {
      maxEntries: 9,
      maxPartBytes: 2 * MiB,
      maxTotalBytes: MiB,
    })),
    ...(await archive([{ name: "xl/worksheets/sheet1.xml", data: "<worksheet/>" }])),
  ];
}

describe("an import file's issues as codes", () => {
  it("give every issue a real file raises a code, and say it in English exactly as the API does: what is wrong, and where", async () => {
    const issues = await everyIssue();
    const english = importWords("en", en);
    expect(issues.filter((i) => !IMPORT_ISSUE_CODES.includes(i.code as never))).toEqual([]);
    expect(issues.map((i) => say(english, i))).toEqual(issues.map((i) => i.message));
    expect(issues.map((i) => placeOf(english, i) ?? i.path)).toEqual(issues.map((i) => i.path));
    // The files above reach every code but a part that lies about its size (read-xlsx-entries.test.ts has one).
    expect(IMPORT_ISSUE_CODES.filter((c) => !issues.some((i) => i.code === c))).toEqual(["archivePartOverflow"]);
    expect(english("issues.archivePartOverflow", { limit: 32 })).toBe("unpacks to more than 32.0 MB");
  });

  it("name the row, the column and what the cell held in the parameters, for a page to say in its own words", async () => {
    const issues = await refused("s.csv", bytes([header, `${second!.name},${second!.slug},,,heavy`].join("\r\n")));
    expect(issues).toEqual([
      {
        path: "row 2, Weight (normalised)",
        message: '"heavy" is not a number of 0 or more',
        code: "notWeight",
        params: { value: "heavy", min: 0, row: 2, column: "Weight (normalised)" },
      },
    ]);
    const arabic = importWords(formattingLocale("ar", "native"), ar);
    expect(placeOf(arabic, issues[0]!)).toBe("الصف ٢، Weight (normalised)");
    expect(say(arabic, issues[0]!)).toBe("«heavy» ليس عددًا يساوي ٠ أو يزيد عليه");
    expect(say(importWords("ru", ru), { ...issues[0]!, code: "weightOutOfRange", params: { value: "500", min: 0, max: 100 } })).toBe(
      "«500» — не вес от 0 до 100",
    );
  });

  it("have a message for every code and place in all four languages, apart from the codes of the dataset's own checks", () => {
    for (const [locale, messages] of Object.entries({ en, ar, fa, ru })) {
      const words = messages.import as unknown as { issues: object; places: object };
      expect(
        IMPORT_ISSUE_CODES.filter((c) => !(c in words.issues)),
        locale,
      ).toEqual([]);
      expect(Object.keys(words.places).sort(), locale).toEqual(["cell", "file", "row", "sheetCell", "sheetRow"]);
    }
    // An issue's code says one thing: none of the importer's is also a code of errors.*, which the dataset's checks use.
    expect(IMPORT_ISSUE_CODES.filter((c) => c in en.errors)).toEqual([]);
  });

  it("say Papa Parse's problems in the page's language, and an unknown one in its English words", () => {
    const persian = importWords(formattingLocale("fa", "native"), fa);
    expect(persian("issues.csvUnreadable", { problem: "MissingQuotes", detail: "Quoted field unterminated", ...TAGS })).toBe(
      "فیلدی درون نشانهٔ نقل‌قول بسته نشده است",
    );
    expect(persian("issues.csvUnreadable", { problem: "Other", detail: "Something new", ...TAGS })).toBe("Something new");
  });

  it("stops at the first hundred problems and says so, and repeats no more than 80 characters of a cell", async () => {
    const rows = [header, `?,${"x".repeat(5000)},,,1`, ...Array.from({ length: 5000 }, (_, i) => `?,no-such-criterion-${i},,,1`)];
    const issues = await refused("s.csv", bytes(rows.join("\r\n")));
    expect(issues).toHaveLength(101);
    expect(issues.at(-1)).toMatchObject({ code: "moreIssues", params: { count: 100 } });
    expect(issues[0]!.message.length).toBeLessThan(120);
    expect(String(issues[0]!.params?.value)).toBe(`${"x".repeat(80)}…`);
    // A dataset of a million wrong elements is refused as quickly, with as few issues.
    const garbage = bytes(JSON.stringify({ schemaVersion: 3, sources: Array(1_000_000).fill(1) }));
    const fromJson = await refused("d.json", garbage);
    expect(fromJson).toHaveLength(101);
    expect(fromJson[0]).toMatchObject({ path: "sources[0]" });
  });

  it("reads a sheet of 200 frameworks x 100 criteria (4 MB, most of it the evidence table) back to its weights", async () => {
    const model = datasetComparisonModel(syntheticDataset(200, 100, seededRandom(3)), { method: "wsm" });
    const csv = bytes(writeCsv(model));
    expect(csv.byteLength).toBeGreaterThan(3_000_000);
    const parsed = await parseImportFile(
      "big.csv",
      csv,
      model.criteria.map((c) => ({ slug: c.slug, name: c.name, category: c.category })),
    );
    expect(parsed.ok).toBe(true);
    expect(parsed.ok && parsed.kind === "view" && Object.keys(parsed.view.criterionWeights)).toHaveLength(100);
  });
});
