import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { datasetComparisonModel } from "@/lib/export/dataset-model";
import { comparisonLayout, writeXlsx } from "@/lib/export/write-xlsx";
import { parseImportFile } from "@/lib/import/parse-import-file";
import type { ValueFunctionMap } from "@/lib/compare/value-functions";
import type { MissingPolicy, ScoringMethod } from "@/lib/scoring/types";
import { loadDatasetFile } from "@/lib/server/dataset/load-dataset-file";
import { recalculatedByLibreOffice, SOFFICE } from "../support/libreoffice";

const dataset = loadDatasetFile();
const views = (["wsm", "topsis"] as const).flatMap((method) => (["mean", "worst", "best"] as const).map((missing) => ({ method, missing })));
const name = (v: { method: ScoringMethod; missing: MissingPolicy }) => `${v.method}-${v.missing}`;

/** What a reader does in the sheet: the first criterion's weight to 0, a whole category to 30. */
const first = dataset.criteria[0]!;
const category = dataset.criteria[5]!.category;
const edits = { criterion: { [first.slug]: 0 }, category: { [category]: 30 } };

function scoresAndRanks(workbook: ExcelJS.Workbook, L: ReturnType<typeof comparisonLayout>) {
  const sheet = workbook.getWorksheet("Comparison")!;
  // exceljs reads a cached 0 back as no result.
  const result = (r: number, c: number) => (sheet.getCell(r, c).value as { result?: number }).result ?? 0;
  return dataset.frameworks.map((_, i) => ({ score: result(L.scoreRow, L.contributionCol + i), rank: result(L.rankRow, L.contributionCol + i) }));
}

/** A view that holds other ends good: a reversed direction, and values per point on criteria with missing values. */
const VALUE_FUNCTIONS = {
  "stance-toward-iran": { direction: "cost" },
  "dependence-on-us-military": {
    points: [
      [0, 0.5],
      [1, 1],
      [2, 0],
    ],
  },
  "foreign-military-presence": {
    points: [
      [-2, 0],
      [-1, 0.3],
      [0, 0.7],
      [1, 1],
      [2, 0.6],
    ],
  },
} as const satisfies ValueFunctionMap;
const valued = [
  { method: "wsm", missing: "mean" },
  { method: "wsm", missing: "worst" },
  { method: "topsis", missing: "best" },
  { method: "promethee2", missing: "worst" },
] as const;

const valuedModels = valued.map((v) => datasetComparisonModel(dataset, { ...v, valueFunctions: VALUE_FUNCTIONS }));
const valuedName = (k: number) => `valued-${name(valued[k]!)}`;

/** Every workbook of this file: each view as written and with weights edited in the sheet, and the views with value functions. */
async function workbooks(): Promise<Record<string, Uint8Array>> {
  const files: Record<string, Uint8Array> = {};
  for (const view of views) {
    const model = datasetComparisonModel(dataset, view);
    files[name(view)] = new Uint8Array(await writeXlsx(model));
    // The same sheet with weights changed in it: its cached results are now stale, so what comes back is LibreOffice's arithmetic.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(files[name(view)] as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    const sheet = workbook.getWorksheet("Comparison")!;
    const L = comparisonLayout(model);
    dataset.criteria.forEach((c, j) => {
      if (c.slug === first.slug) sheet.getCell(L.firstRow + j, L.criterionWeightCol).value = 0;
      if (c.category === category) sheet.getCell(L.firstRow + j, L.categoryWeightCol).value = 30;
    });
    files[`${name(view)}-edited`] = new Uint8Array(await workbook.xlsx.writeBuffer());
  }
  for (const [k, model] of valuedModels.entries()) files[valuedName(k)] = new Uint8Array(await writeXlsx(model));
  return files;
}

// Needs LibreOffice (Debian's libreoffice-calc-nogui); .ci/run installs it. One start of it for every workbook (each start is most of the time).
describe.skipIf(!SOFFICE)("the Excel sheet in LibreOffice", () => {
  let recalculated: Record<string, ExcelJS.Workbook>;
  beforeAll(async () => {
    recalculated = await recalculatedByLibreOffice(await workbooks());
  }, 300_000);

  it("recalculates to the app's own scores and ranks, for both methods and every missing-value policy, as written and with weights edited in the sheet", async () => {
    for (const view of views) {
      for (const [file, model] of [
        [name(view), datasetComparisonModel(dataset, view)],
        [`${name(view)}-edited`, datasetComparisonModel(dataset, { ...view, ...edits })],
      ] as const) {
        const sheet = scoresAndRanks(recalculated[file]!, comparisonLayout(model));
        model.scores!.forEach((s, i) => {
          expect(sheet[i]!.score, `${file}: ${s.slug}'s score`).toBeCloseTo(s.score, 9);
          expect(sheet[i]!.rank, `${file}: ${s.slug}'s rank`).toBe(s.rank);
        });
      }
    }
    // The edits moved the scores: a sheet that kept its cached results would have failed above.
    const before = datasetComparisonModel(dataset, views[0]!).scores!.map((s) => s.score);
    const after = datasetComparisonModel(dataset, { ...views[0]!, ...edits }).scores!.map((s) => s.score);
    expect(after).not.toEqual(before);

    // Saved by LibreOffice, the sheet still imports: by its slugs, with the method's code.
    const saved = await recalculated["topsis-worst-edited"]!.xlsx.writeBuffer();
    const known = dataset.criteria.map((c) => ({ slug: c.slug, name: c.name, category: c.category }));
    const parsed = await parseImportFile("saved.xlsx", new Uint8Array(saved), known);
    if (!parsed.ok || parsed.kind !== "view") throw new Error(JSON.stringify(parsed));
    expect(parsed.view).toMatchObject({ method: "topsis", missing: "worst", frameworks: dataset.frameworks.map((f) => f.slug) });
    expect(parsed.view.criterionWeights[first.slug]).toBe(0);
  });

  it("recalculates v(x) and the scores to the app's own for a view with value functions, for each method, and the sheet carries the value functions back", async () => {
    valuedModels.forEach((model, k) => {
      const sheet = scoresAndRanks(recalculated[valuedName(k)]!, comparisonLayout(model));
      model.scores!.forEach((s, i) => {
        expect(sheet[i]!.score, `${valuedName(k)}: ${s.slug}'s score`).toBeCloseTo(s.score, 9);
        expect(sheet[i]!.rank, `${valuedName(k)}: ${s.slug}'s rank`).toBe(s.rank);
      });
    });
    // The value functions change the scores: a sheet that ignored them would have failed above.
    expect(valuedModels[0]!.scores).not.toEqual(datasetComparisonModel(dataset, valued[0]).scores);
    const known = dataset.criteria.map((c) => ({ slug: c.slug, name: c.name, category: c.category }));
    const saved = await recalculated[valuedName(3)]!.xlsx.writeBuffer();
    const parsed = await parseImportFile("saved.xlsx", new Uint8Array(saved), known);
    if (!parsed.ok || parsed.kind !== "view") throw new Error(JSON.stringify(parsed));
    expect(parsed.view.valueFunctions).toEqual(VALUE_FUNCTIONS);
  });
});
