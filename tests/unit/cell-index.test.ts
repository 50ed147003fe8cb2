import { describe, expect, it } from "vitest";
import { buildComparison, buildComparisonFromValues } from "@/lib/compare/build-comparison";
import { cellIndex, valueRows } from "@/lib/compare/cell-index";
import { compareMatrix } from "@/lib/compare/compare-matrix";
import { syntheticDataset } from "../fixtures/synthetic-dataset";
import { seededRandom } from "@/lib/random";
import { resolveWeights } from "@/lib/scoring/effective-weights";
import { loadDatasetFile } from "@/lib/server/dataset/load-dataset-file";

const dataset = loadDatasetFile();
const hope = dataset.frameworks.find((f) => f.slug === "hope")!;

describe("the dense compare matrix", () => {
  const matrix = compareMatrix(dataset.frameworks, dataset.criteria);

  it("holds every framework's value and confidence in the criteria's order, and nothing else of an assessment", () => {
    expect(matrix.frameworks).toEqual(dataset.frameworks.map((f) => f.slug));
    expect(matrix.criteria).toEqual(dataset.criteria.map((c) => c.slug));
    const index = cellIndex(matrix);
    for (const f of dataset.frameworks)
      for (const a of f.assessments)
        expect(index.at(index.row(f.slug), index.column(a.criterion))).toEqual({ value: a.value, confidence: a.confidence, contested: a.contested });
    expect(JSON.stringify(matrix)).not.toContain(hope.assessments[0]!.rationale);
  });

  it("marks a criterion a framework has no assessment on, apart from a value the source does not give", () => {
    const partial = { ...hope, assessments: hope.assessments.filter((a) => a.criterion !== "viability") };
    const index = cellIndex(compareMatrix([partial], dataset.criteria));
    expect(index.at(0, index.column("viability"))).toBeUndefined();
    const silent = hope.assessments.find((a) => a.value === null)!;
    expect(index.at(0, index.column(silent.criterion))).toEqual({ value: null, confidence: silent.confidence, contested: silent.contested });
  });

  it("marks contested cells, and knows which source each value cites, listing whichever cells are fewer", () => {
    const frameworks = structuredClone(dataset.frameworks);
    const cell = frameworks[1]!.assessments[2]!;
    cell.contested = true;
    cell.citations = [...cell.citations, { document: "ministry-statement", lineStart: 1, lineEnd: 1, quote: "x", revision: 1 }];
    const marked = compareMatrix(frameworks, dataset.criteria);
    expect(marked.contested).toEqual([[1, 2]]);
    expect(marked.support["ministry-statement"]).toEqual({ cites: [[1, 2]] });
    expect(marked.support["stepanova-2020"]).toEqual({ omits: [] });
    const index = cellIndex(marked);
    expect(index.at(1, 2)?.contested).toBe(true);
    expect(index.supports("ministry-statement", 1, 2)).toBe(true);
    expect(index.supports("ministry-statement", 1, 3)).toBe(false);
    expect(index.supports("stepanova-2020", 0, 0)).toBe(true);
    expect(index.supports("no-such-source", 0, 0)).toBe(false);
  });

  it("answers -1 and undefined for a framework or criterion it does not hold", () => {
    const index = cellIndex(matrix);
    expect(index.row("ghost")).toBe(-1);
    expect(index.column("ghost")).toBe(-1);
    expect(index.at(-1, 0)).toBeUndefined();
    expect(index.at(0, 999)).toBeUndefined();
    expect(index.value(0, -1)).toBeNull();
  });
});

describe("valueRows", () => {
  const index = cellIndex(compareMatrix(dataset.frameworks, dataset.criteria));

  it("gives the engine the rows of the chosen frameworks, in their order, sharing the matrix's rows", () => {
    const rows = valueRows(index, ["imsi", "hope"], dataset.criteria);
    expect(rows[0]).toBe(index.matrix.values[index.row("imsi")]);
    expect(rows[1]).toEqual(hope.assessments.map((a) => a.value));
  });

  it("follows a different order or subset of criteria, with null for an unknown framework", () => {
    const two = [dataset.criteria[3]!, dataset.criteria[0]!];
    const rows = valueRows(index, ["hope", "ghost"], two);
    expect(rows).toEqual([
      [hope.assessments.find((a) => a.criterion === two[0]!.slug)!.value, hope.assessments[0]!.value],
      [null, null],
    ]);
  });

  it("ranks as buildComparison does on the full records, at 200 x 100 too", () => {
    const large = syntheticDataset(200, 100, seededRandom(3));
    for (const d of [dataset, large]) {
      const weights = resolveWeights(
        d.criteria,
        d.categories.map((c) => c.slug),
        undefined,
        { criterion: {}, category: {} },
      );
      const settings = { criteria: d.criteria, weights, method: "topsis" as const, missing: "mean" as const };
      const slugs = d.frameworks.map((f) => f.slug).reverse();
      const fromRecords = buildComparison({ ...settings, frameworks: slugs.map((s) => d.frameworks.find((f) => f.slug === s)!) });
      const fromValues = buildComparisonFromValues({
        ...settings,
        frameworks: slugs,
        values: valueRows(cellIndex(compareMatrix(d.frameworks, d.criteria)), slugs, d.criteria),
      });
      // The engine's result carries its sensitivity as functions: compared by what they give.
      const { scored: fromValuesScored, ...fromValuesRest } = fromValues;
      const { scored: fromRecordsScored, ...fromRecordsRest } = fromRecords;
      expect(fromValuesRest).toEqual(fromRecordsRest);
      expect(fromValuesScored!.scores).toEqual(fromRecordsScored!.scores);
      expect(fromValuesScored!.sensitivity.flips()).toEqual(fromRecordsScored!.sensitivity.flips());
    }
  });
});
