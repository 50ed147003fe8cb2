import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import JSZip from "jszip";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import type { PreferenceMap } from "@/lib/compare/preference-functions";
import { syntheticDataset } from "../fixtures/synthetic-dataset";
import { datasetComparisonModel } from "@/lib/export/dataset-model";
import { comparisonLayout, writeXlsx } from "@/lib/export/write-xlsx";
import { resolveWeights } from "@/lib/scoring/effective-weights";
import { METHOD_IDS, methodOf } from "@/lib/scoring/methods/registry";
import { seededRandom } from "@/lib/random";

const SOFFICE = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find((p) => fs.existsSync(p));

/**
 * The Comparison sheet recalculated by LibreOffice, with every cached result taken out first
 * (LibreOffice keeps an .xlsx file's cached values unless told otherwise), as CSV rows.
 */
async function recalculated(xlsx: Buffer): Promise<string[][]> {
  const zip = await JSZip.loadAsync(xlsx);
  const name = "xl/worksheets/sheet1.xml";
  const xml = await zip.file(name)!.async("string");
  // <c ...><f>formula</f><v>cached</v></c>: keep the formula, drop the value.
  zip.file(name, xml.replace(/(<\/f>)<v>[^<]*<\/v>/g, "$1"));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "xlsx-recalc-"));
  try {
    fs.writeFileSync(path.join(dir, "sheet.xlsx"), await zip.generateAsync({ type: "nodebuffer" }));
    execFileSync(
      SOFFICE!,
      ["--headless", `-env:UserInstallation=file://${dir}/profile`, "--convert-to", "csv", "--outdir", dir, path.join(dir, "sheet.xlsx")],
      {
        stdio: "ignore",
        timeout: 120_000,
      },
    );
    return Papa.parse<string[]>(fs.readFileSync(path.join(dir, "sheet.csv"), "utf8")).data;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
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

describe.skipIf(!SOFFICE)("the Excel export recalculated by LibreOffice", () => {
  it.each(METHOD_IDS.filter((id) => methodOf(id).spreadsheet))(
    "%s: the sheet's own formulas give the app's scores and ranks",
    async (method) => {
      const model = datasetComparisonModel(dataset, { criterion: weights.criterion, method, missing: "worst", preferences });
      const rows = await recalculated(await writeXlsx(model));
      const L = comparisonLayout(model);
      const scoreRow = rows[L.scoreRow - 1]!;
      const rankRow = rows[L.rankRow - 1]!;
      expect(scoreRow[0]).toBe(methodOf(method).scoreLabel);
      model.scores!.forEach((s, i) => {
        expect(Number(scoreRow[L.contributionCol - 1 + i])).toBeCloseTo(s.score, 9);
        expect(Number(rankRow[L.contributionCol - 1 + i])).toBe(s.rank);
      });
    },
    180_000,
  );
});
