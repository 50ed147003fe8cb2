import type ExcelJS from "exceljs";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import type { PreferenceMap } from "@/lib/compare/preference-functions";
import { syntheticDataset } from "../fixtures/synthetic-dataset";
import { datasetComparisonModel } from "@/lib/export/dataset-model";
import { comparisonLayout, writeXlsx } from "@/lib/export/write-xlsx";
import { resolveWeights } from "@/lib/scoring/effective-weights";
import { METHOD_IDS, methodOf } from "@/lib/scoring/methods/registry";
import { seededRandom } from "@/lib/random";
import { recalculatedByLibreOffice, SOFFICE } from "../support/libreoffice";

/** The workbook with every cached result taken out: what comes back can only be LibreOffice's arithmetic. */
async function withoutCachedResults(xlsx: Buffer): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(xlsx);
  const name = "xl/worksheets/sheet1.xml";
  const xml = await zip.file(name)!.async("string");
  // <c ...><f>formula</f><v>cached</v></c>: keep the formula, drop the value.
  zip.file(name, xml.replace(/(<\/f>)<v>[^<]*<\/v>/g, "$1"));
  return zip.generateAsync({ type: "uint8array" });
}

const dataset = syntheticDataset(6, 12, seededRandom(31));
const weights = resolveWeights(
  dataset.criteria,
  dataset.categories.map((c) => c.slug),
  undefined,
  { criterion: Object.fromEntries(dataset.criteria.map((c, j) => [c.slug, 10 + ((j * 41) % 90)])), category: {} },
);
// One criterion per kind of preference function, the rest "usual".
const preferences: PreferenceMap = Object.fromEntries(
  (
    [
      { type: "ushape", q: 1 },
      { type: "vshape", p: 2.5 },
      { type: "level", q: 0.5, p: 2 },
      { type: "linear", q: 0.5, p: 3 },
      { type: "linear", q: 1, p: 1 },
      { type: "gaussian", s: 1.5 },
    ] as const
  ).map((f, k) => [dataset.criteria[k]!.slug, f]),
);

const METHODS = METHOD_IDS.filter((id) => methodOf(id).spreadsheet);
const modelOf = (method: (typeof METHODS)[number]) => datasetComparisonModel(dataset, { criterion: weights.criterion, method, missing: "worst", preferences });

describe.skipIf(!SOFFICE)("the Excel export recalculated by LibreOffice", () => {
  // Every method's sheet in one start of LibreOffice (each start is most of the time).
  let recalculated: Record<string, ExcelJS.Workbook>;
  beforeAll(async () => {
    const files = Object.fromEntries(await Promise.all(METHODS.map(async (m) => [m, await withoutCachedResults(await writeXlsx(modelOf(m)))] as const)));
    recalculated = await recalculatedByLibreOffice(files);
  }, 300_000);

  it.each(METHODS)("%s: the sheet's own formulas give the app's scores and ranks", (method) => {
    const model = modelOf(method);
    const sheet = recalculated[method]!.getWorksheet("Comparison")!;
    const L = comparisonLayout(model);
    // exceljs reads a cached 0 back as no result.
    const result = (r: number, c: number) => (sheet.getCell(r, c).value as { result?: number }).result ?? 0;
    expect(sheet.getCell(L.scoreRow, 1).value).toBe(methodOf(method).scoreLabel);
    model.scores!.forEach((s, i) => {
      expect(result(L.scoreRow, L.contributionCol + i)).toBeCloseTo(s.score, 9);
      expect(result(L.rankRow, L.contributionCol + i)).toBe(s.rank);
    });
  });
});
