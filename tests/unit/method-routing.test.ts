import ExcelJS from "exceljs";
import Papa from "papaparse";
import { describe, expect, it, vi } from "vitest";
import { buildComparison } from "@/lib/compare/build-comparison";
import { METHOD_LABELS, NORMALISATION_LABELS } from "@/lib/compare/method-labels";
import { methodPerspectives } from "@/lib/compare/perspectives";
import { scenarioSettingsSchema } from "@/lib/domain/scenario";
import { syntheticDataset } from "../fixtures/synthetic-dataset";
import { datasetComparisonModel } from "@/lib/export/dataset-model";
import { viewSchema } from "@/lib/export/view-export";
import { writeCsv } from "@/lib/export/write-csv";
import { comparisonLayout, VALUES_ONLY_NOTE, writeXlsx } from "@/lib/export/write-xlsx";
import { parseImportFile } from "@/lib/import/parse-import-file";
import { viewToQuery } from "@/lib/import/view-to-query";
import { resolveWeights } from "@/lib/scoring/effective-weights";
import { METHOD_IDS } from "@/lib/scoring/methods/registry";
import { linearSensitivity } from "@/lib/scoring/sensitivity";
import { seededRandom } from "@/lib/random";
import { compareParsers } from "@/lib/url-state/compare-params";
import { describeInvalidParams } from "@/lib/url-state/describe-invalid-params";
import { weightedProductLogValues } from "../fixtures/weighted-product-method";
import { noticeInEnglish } from "@/lib/url-state/param-notice";

// A fourth method registered the way a new one would be: one line in the registry's list.
vi.mock("@/lib/scoring/methods/registry", async () => {
  const { promethee2Method } = await import("@/lib/scoring/methods/promethee2");
  const { topsisMethod } = await import("@/lib/scoring/methods/topsis");
  const { wsmMethod } = await import("@/lib/scoring/methods/wsm");
  const { weightedProductMethod } = await import("../fixtures/weighted-product-method");
  const modules = [wsmMethod, topsisMethod, promethee2Method, weightedProductMethod] as const;
  const ids = modules.map((m) => m.id);
  return {
    SCORING_METHOD_MODULES: modules,
    METHOD_IDS: ids,
    DEFAULT_METHOD: ids[0],
    PROFILE_METHOD: wsmMethod.id,
    methodOf: (id: string) => modules.find((m) => m.id === id)!,
    methodNamed: (text: string | undefined) => modules.find((m) => text === m.id || text === m.label)?.id,
  };
});

const WPM = "wpm" as never;
const dataset = syntheticDataset(6, 14, seededRandom(11));
const categories = dataset.categories.map((c) => c.slug);
const weights = resolveWeights(dataset.criteria, categories, undefined, {
  criterion: Object.fromEntries(dataset.criteria.map((c, j) => [c.slug, 10 + ((j * 37) % 90)])),
  category: {},
});
const known = {
  criteria: new Set(dataset.criteria.map((c) => c.slug)),
  categories: new Set(categories),
  frameworks: new Set(dataset.frameworks.map((f) => f.slug)),
  presets: new Set<string>(),
  scenarios: new Set<string>(),
  sources: new Set<string>(),
};

describe("a method added to the registry alone", () => {
  it("is one of the methods the URL, the views and the scenarios accept", () => {
    expect(METHOD_IDS).toContain("wpm");
    expect(compareParsers.method.parse("wpm")).toBe("wpm");
    expect(describeInvalidParams((key) => (key === "method" ? "wpm" : null), known)).toEqual([]);
    expect(describeInvalidParams((key) => (key === "method" ? "electre" : null), known).map(noticeInEnglish)).toEqual([
      `Ignored method: "electre" is not one of ${METHOD_IDS.join(", ")}.`,
    ]);
    expect(scenarioSettingsSchema.safeParse({ method: "wpm", missing: "mean", frameworks: [] }).success).toBe(true);
    expect(METHOD_LABELS["wpm" as keyof typeof METHOD_LABELS]).toBe("Weighted product (log, test method)");
    expect(NORMALISATION_LABELS["wpm" as keyof typeof NORMALISATION_LABELS]).toBe("min-max, shifted to 0.1 ... 1 and logged");
  });

  it("ranks /compare's view, with contributions, and flips and a tornado found numerically from its weight scorer", () => {
    const c = buildComparison({ frameworks: dataset.frameworks, criteria: dataset.criteria, weights, method: WPM, missing: "mean" });
    expect(c.problem).toBeNull();
    expect(c.contributionKind).toBe("additive");
    for (const r of c.ranking) expect(Object.values(c.contributions[r.slug]!).reduce((a, b) => a + b, 0)).toBeCloseTo(r.score, 12);
    expect(c.tornado).toHaveLength(dataset.criteria.length);
    // Its log score is linear in the weights: the numeric search must find the exact flips.
    const s = c.scored!;
    const exact = linearSensitivity(
      weightedProductLogValues({
        criteria: dataset.criteria.map((x, j) => ({ id: x.slug, direction: x.direction, weight: s.weights[j]!, bounds: x.scale })),
        matrix: dataset.frameworks.map((f) => dataset.criteria.map((x) => f.assessments.find((a) => a.criterion === x.slug)?.value ?? null)),
      }),
      s.weights,
      s.order,
    ).flips();
    const found = dataset.criteria.map((x) => c.flips[x.slug]!);
    expect(exact.some((f) => f.lowerFlip !== null || f.upperFlip !== null)).toBe(true);
    exact.forEach((f, j) => {
      for (const side of ["lowerFlip", "upperFlip"] as const) {
        if (f[side] === null) expect(found[j]![side]).toBeNull();
        else expect(found[j]![side]).toBeCloseTo(f[side]!, 5);
      }
    });
    // The sliders read the same lines.
    expect(Object.keys(c.sliders.categories).length).toBeGreaterThan(0);
  });

  it("gets a column per missing-value policy in the perspectives", () => {
    const columns = methodPerspectives({
      frameworks: dataset.frameworks.map((f) => f.slug),
      values: dataset.frameworks.map((f) => dataset.criteria.map((x) => f.assessments.find((a) => a.criterion === x.slug)?.value ?? null)),
      criteria: dataset.criteria,
      categories,
      weights,
      method: WPM,
      missing: "mean",
    });
    expect(columns.filter((c) => c.method === WPM).map((c) => c.missing)).toEqual(["worst", "mean", "best"]);
    expect(columns.find((c) => c.current)?.key).toBe("method:wpm:mean");
  });

  it("exports its values to Excel with a note (it has no formulas), and its CSV imports back to it", async () => {
    const model = datasetComparisonModel(dataset, { criterion: weights.criterion, method: WPM });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await writeXlsx(model)) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    const sheet = workbook.getWorksheet("Comparison")!;
    expect(String(sheet.getCell("A2").value)).toBe(`Weighted product (log, test method) ${VALUES_ONLY_NOTE}`);
    const L = comparisonLayout(model);
    expect(sheet.getCell(L.scoreRow, 1).value).toBe("Log score (weighted product)");
    model.scores!.forEach((s, i) => expect(sheet.getCell(L.scoreRow, L.contributionCol + i).value).toBeCloseTo(s.score, 12));
    const first = model.frameworks[0]!.slug;
    expect(sheet.getCell(L.firstRow, L.contributionCol).value).toBeCloseTo(model.contributions[first]![model.criteria[0]!.slug]!, 12);

    const csv = writeCsv(model);
    expect(
      Papa.parse<string[]>(csv.replace(/^\uFEFF/, ""))
        .data.find((r) => r[0] === "Method")
        ?.slice(1, 3),
    ).toEqual(["wpm", METHOD_LABELS[WPM]]);
    const imported = await parseImportFile(
      "view.csv",
      new TextEncoder().encode(csv),
      dataset.criteria.map((c) => ({ slug: c.slug, name: c.name, category: c.category })),
    );
    if (!imported.ok || imported.kind !== "view") throw new Error("not imported");
    expect(viewSchema.parse(imported.view).method).toBe("wpm");
    expect(viewToQuery(imported.view)).toContain("method=wpm");
  });
});
