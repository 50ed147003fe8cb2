import ExcelJS from "exceljs";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/export/route";
import { sheetWords } from "@/lib/export/sheet-words";
import { parseImportFile } from "@/lib/import/parse-import-file";
import { getDb } from "@/lib/server/db";
import { loadDatasetFile } from "@/lib/server/dataset/load-dataset-file";
import { loadPresetsFile } from "@/lib/server/dataset/load-presets-file";
import { seedDatabase } from "@/lib/server/dataset/seed-database";
import { folded, pdfPages } from "../support/pdf-text";

const db = getDb();
const dataset = loadDatasetFile();
beforeAll(() => seedDatabase(db, dataset, loadPresetsFile(dataset)));
afterAll(() => db.$disconnect());

const get = (query: string) => GET(new Request(`http://test/api/export?${query}`));
const csv = async (response: Response) => Papa.parse<string[]>((await response.text()).replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;

describe("GET /api/export?locale=", () => {
  it("refuses a language it does not have with 400 and the field, as it does other sheet options", async () => {
    for (const locale of ["de", "AR", "ar-SA", ""]) {
      const response = await get(`format=csv&preset=iranian-perspective&locale=${locale}`);
      if (locale === "") {
        expect(response.status).toBe(200); // an empty value is no value, as for paper, title and note
        continue;
      }
      expect(response.status, locale).toBe(400);
      const body = await response.json();
      expect(body.error).toBe("invalid sheet options");
      expect(body.issues[0]).toMatchObject({ path: "locale", message: "must be one of en, ar, fa, ru" });
    }
  });

  it("writes English without it, and the chosen language with it, linking back to the page in that language", async () => {
    const english = await csv(await get("format=csv&preset=iranian-perspective"));
    const arabic = await csv(await get("format=csv&preset=iranian-perspective&locale=ar"));
    expect(english[0]!.slice(0, 2)).toEqual(["Criterion", "Slug"]);
    expect(arabic[0]!.slice(0, 2)).toEqual(["المعيار", "Slug"]);
    expect(arabic.find((r) => r[0] === "العرض")?.[1]).toBe("http://test/ar/compare?preset=iranian-perspective");
    expect(english.find((r) => r[0] === "View")?.[1]).toBe("http://test/compare?preset=iranian-perspective");
    // The same numbers in both.
    expect(arabic.slice(1, 1 + dataset.criteria.length).map((r) => r.slice(4))).toEqual(english.slice(1, 1 + dataset.criteria.length).map((r) => r.slice(4)));
  });

  it("says the link's ignored settings in the sheet's language, what the link held as typed; the sheet still imports", async () => {
    const query = "format=csv&preset=nope&w=zzz";
    const ignoredRows = (rows: string[][], locale: "en" | "ar") => rows.filter((r) => r[0] === sheetWords(locale).t("settings.ignored")).map((r) => r[1]);
    const english = await (await get(query)).text();
    expect(ignoredRows(await csv(new Response(english)), "en")).toEqual([
      'Ignored preset: "nope" is not a known preset.',
      'Ignored w: "zzz" is not of the form criterion:weight.',
    ]);
    const arabic = ignoredRows(await csv(await get(`${query}&locale=ar`)), "ar");
    // The settings' names and what the link held stay as typed, isolated in a right-to-left sheet.
    expect(arabic).toEqual([
      "أُهمل الإعداد \u2068preset\u2069: «\u2068nope\u2069» ليس إعدادًا مسبقًا معروفًا.",
      "أُهمل الإعداد \u2068w\u2069: «\u2068zzz\u2069» ليس على الصيغة معيار:وزن.",
    ]);
    const imported = await parseImportFile("sheet.csv", new TextEncoder().encode(english), dataset.criteria);
    expect(imported.ok).toBe(true);
  });

  it("writes a Persian workbook right to left and a Russian PDF in Russian; the JSON export stays the same data", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await (await get("format=xlsx&locale=fa&sort=nope")).arrayBuffer()) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    expect(workbook.getWorksheet("Comparison")!.views[0]?.rightToLeft).toBe(true);
    expect(workbook.getWorksheet("Comparison")!.getCell("A1").value).toBe("مقایسهٔ چارچوب‌های امنیتی خلیج فارس");
    const about = workbook
      .getWorksheet("About")!
      .getSheetValues()
      .flatMap((row) => (Array.isArray(row) ? [row.slice(1, 3)] : []));
    expect(about).toContainEqual(["تنظیم نادیده‌گرفته‌شده", "تنظیم \u2068sort\u2069 نادیده گرفته شد: «\u2068nope\u2069» در قالب نام:asc یا نام:desc نیست."]);
    const russian = folded(pdfPages(new Uint8Array(await (await get("format=pdf&locale=ru&preset=nope")).arrayBuffer())).join(" "));
    expect(russian).toContain("Лидер и что может его сменить");
    expect(russian).toContain("Параметр preset проигнорирован: «nope» не является известным исходным набором весов.");
    const json = (locale: string) => get(`format=view&preset=iranian-perspective${locale}`).then((r) => r.json());
    expect(await json("&locale=ar")).toEqual(await json(""));
  });
});
