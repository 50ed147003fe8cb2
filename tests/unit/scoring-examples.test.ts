import { describe, expect, it } from "vitest";
import { analyzeResponseSchema, type AnalyzeRequest } from "@/lib/domain/analyze";
import { flipThresholds } from "@/lib/scoring/analyze";
import { analyze } from "@/lib/scoring/analyze-request";
import { imputeMissing } from "@/lib/scoring/impute-missing";
import { normaliseMatrix } from "@/lib/scoring/normalise";
import { rankScores } from "@/lib/scoring/rank";
import { scoreMatrix, type ScoreInput } from "@/lib/scoring/score-matrix";
import { idealPoints, topsis } from "@/lib/scoring/topsis";
import type { CriterionSpec, DenseMatrix, RawMatrix } from "@/lib/scoring/types";
import { weightedSum } from "@/lib/scoring/weighted-sum";
import { normaliseWeights } from "@/lib/scoring/weights";
import { MCDA_CARS, MCDA_CARS_IDEALS, WORKED_EXAMPLES, type WorkedExample } from "@/tests/fixtures/worked-examples";

const dense = (rows: number[][]): DenseMatrix => ({ rows: rows.length, cols: rows[0]!.length, values: Float64Array.from(rows.flat()) });
const column = (m: DenseMatrix, j = 0) => Array.from({ length: m.rows }, (_, i) => m.values[i * m.cols + j]!);
const expectClose = (actual: ArrayLike<number>, expected: readonly number[], tolerance = 1e-12) => {
  expect(actual.length).toBe(expected.length);
  expected.forEach((e, i) => expect(Math.abs(actual[i]! - e), `index ${i}: ${actual[i]} vs ${e}`).toBeLessThanOrEqual(tolerance));
};
const scored = (example: WorkedExample) => {
  const result = scoreMatrix({ method: example.method, normalization: example.normalization, criteria: example.criteria, matrix: example.matrix });
  if (!result.ok) throw new Error(result.error);
  return result.value;
};

describe("published worked examples", () => {
  it.each(WORKED_EXAMPLES.map((e) => [e.name, e] as const))("reproduces %s", (_, example) => {
    const s = scored(example);
    // The tolerance is inclusive of the source's rounding; 1e-12 absorbs binary representation.
    expectClose(s.scores, example.scores, example.tolerance + 1e-12);
    if (example.order) expect(s.order.map((i) => example.alternatives[i])).toEqual(example.order);
  });

  it("reproduces the weighted ideal and anti-ideal published on the MCDA TOPSIS help page", () => {
    const s = scored(MCDA_CARS);
    const { ideal, antiIdeal } = idealPoints(s.normalised, s.higherIsBetter);
    const weights = MCDA_CARS.criteria.map((c) => c.weight);
    expectClose(
      Array.from(ideal, (v, j) => v * weights[j]!),
      MCDA_CARS_IDEALS.positive,
      MCDA_CARS_IDEALS.tolerance,
    );
    expectClose(
      Array.from(antiIdeal, (v, j) => v * weights[j]!),
      MCDA_CARS_IDEALS.negative,
      MCDA_CARS_IDEALS.tolerance,
    );
  });

  it("gives the same TOPSIS scores through topsis() on a vector-normalised matrix", () => {
    const directions = MCDA_CARS.criteria.map((c) => c.direction);
    const r = normaliseMatrix(dense(MCDA_CARS.matrix), directions, "vector", { orientCost: false });
    const weights = normaliseWeights(MCDA_CARS.criteria.map((c) => c.weight));
    if (!weights.ok) throw new Error(weights.error);
    const { scores, dPlus, dMinus } = topsis(
      r,
      weights.value,
      directions.map((d) => d === "benefit"),
    );
    expectClose(scores, MCDA_CARS.scores, MCDA_CARS.tolerance + 1e-12);
    Array.from(scores).forEach((c, i) => expect(c).toBeCloseTo(dMinus[i]! / (dPlus[i]! + dMinus[i]!), 12));
  });
});

describe("normaliseMatrix", () => {
  const m = dense([[1], [3], [5]]);

  it("minmax: (x - min) / (max - min) for a benefit, (max - x) / (max - min) for a cost", () => {
    expectClose(column(normaliseMatrix(m, ["benefit"], "minmax")), [0, 0.5, 1]);
    expectClose(column(normaliseMatrix(m, ["cost"], "minmax")), [1, 0.5, 0]);
  });

  it("minmax: a constant column gives 1 to everyone, whatever the direction", () => {
    const constant = dense([[4], [4], [4]]);
    expectClose(column(normaliseMatrix(constant, ["benefit"], "minmax")), [1, 1, 1]);
    expectClose(column(normaliseMatrix(constant, ["cost"], "minmax")), [1, 1, 1]);
  });

  it("minmax handles negative values", () => {
    expectClose(column(normaliseMatrix(dense([[-2], [0], [2]]), ["benefit"], "minmax")), [0, 0.5, 1]);
  });

  it("max: x / max for a benefit, min / x for a cost", () => {
    const m2 = dense([[1], [2], [4]]);
    expectClose(column(normaliseMatrix(m2, ["benefit"], "max")), [0.25, 0.5, 1]);
    expectClose(column(normaliseMatrix(m2, ["cost"], "max")), [1, 0.5, 0.25]);
  });

  it("sum: x / sum for a benefit, (1/x) / sum(1/x) for a cost", () => {
    expectClose(column(normaliseMatrix(dense([[1], [3], [6]]), ["benefit"], "sum")), [0.1, 0.3, 0.6]);
    expectClose(column(normaliseMatrix(dense([[1], [2], [4]]), ["cost"], "sum")), [4 / 7, 2 / 7, 1 / 7]);
  });

  it("vector: x / sqrt(sum of squares); a cost is 1 - that unless TOPSIS keeps it as is", () => {
    const m2 = dense([[3], [4]]);
    expectClose(column(normaliseMatrix(m2, ["benefit"], "vector")), [0.6, 0.8]);
    expectClose(column(normaliseMatrix(m2, ["cost"], "vector")), [0.4, 0.2]);
    expectClose(column(normaliseMatrix(m2, ["cost"], "vector", { orientCost: false })), [0.6, 0.8]);
  });

  it("keeps divisions by zero finite (best value 1, others 0)", () => {
    const zeros = dense([[0], [0]]);
    for (const method of ["minmax", "max", "sum", "vector"] as const)
      for (const direction of ["benefit", "cost"] as const)
        column(normaliseMatrix(zeros, [direction], method)).forEach((v) => expect(Number.isFinite(v)).toBe(true));
    expectClose(column(normaliseMatrix(dense([[0], [2]]), ["cost"], "max")), [1, 0]);
  });

  it("normalises each column on its own", () => {
    const r = normaliseMatrix(
      dense([
        [0, 10],
        [5, 20],
        [10, 30],
      ]),
      ["benefit", "cost"],
      "minmax",
    );
    expectClose(r.values, [0, 1, 0.5, 0.5, 1, 0]);
  });
});

describe("imputeMissing", () => {
  const spec = (direction: "benefit" | "cost", bounds?: { min: number; max: number }): CriterionSpec[] => [
    { id: "c", direction, weight: 1, ...(bounds ? { bounds } : {}) },
  ];
  const matrix: RawMatrix = [[1], [null], [5], [3]];
  const filled = (m: RawMatrix, criteria: CriterionSpec[], policy: "worst" | "mean" | "best") => imputeMissing(m, criteria, policy).values[1]!;

  it("fills with the worst, mean or best known value, by direction", () => {
    expect(filled(matrix, spec("benefit"), "worst")).toBe(1);
    expect(filled(matrix, spec("benefit"), "best")).toBe(5);
    expect(filled(matrix, spec("benefit"), "mean")).toBe(3);
    expect(filled(matrix, spec("cost"), "worst")).toBe(5);
    expect(filled(matrix, spec("cost"), "best")).toBe(1);
    expect(filled(matrix, spec("cost"), "mean")).toBe(3);
  });

  it("uses the scale's ends for worst and best when bounds are given, the known mean otherwise", () => {
    const bounds = { min: -2, max: 10 };
    expect(filled(matrix, spec("benefit", bounds), "worst")).toBe(-2);
    expect(filled(matrix, spec("benefit", bounds), "best")).toBe(10);
    expect(filled(matrix, spec("cost", bounds), "worst")).toBe(10);
    expect(filled(matrix, spec("cost", bounds), "best")).toBe(-2);
    expect(filled(matrix, spec("benefit", bounds), "mean")).toBe(3);
  });

  it("leaves known values alone and treats undefined like null", () => {
    const out = imputeMissing([[7], [undefined as unknown as null], [9]], spec("benefit"), "worst");
    expect(Array.from(out.values)).toEqual([7, 7, 9]);
  });

  it("fills an all-missing column with zeros, or from the bounds when given", () => {
    const empty: RawMatrix = [[null], [null]];
    for (const policy of ["worst", "mean", "best"] as const) expect(Array.from(imputeMissing(empty, spec("benefit"), policy).values)).toEqual([0, 0]);
    const bounds = { min: 0, max: 10 };
    expect(Array.from(imputeMissing(empty, spec("benefit", bounds), "worst").values)).toEqual([0, 0]);
    expect(Array.from(imputeMissing(empty, spec("benefit", bounds), "best").values)).toEqual([10, 10]);
    expect(Array.from(imputeMissing(empty, spec("benefit", bounds), "mean").values)).toEqual([5, 5]);
  });

  it("fills columns independently", () => {
    const out = imputeMissing(
      [
        [1, null],
        [null, 4],
        [3, 8],
      ],
      [
        { id: "a", direction: "benefit", weight: 1 },
        { id: "b", direction: "cost", weight: 1 },
      ],
      "worst",
    );
    expect(Array.from(out.values)).toEqual([1, 8, 1, 4, 3, 8]);
  });
});

describe("normaliseWeights", () => {
  it("scales non-negative weights to sum 1", () => {
    const r = normaliseWeights([1, 3, 0]);
    expect(r.ok).toBe(true);
    if (r.ok) expectClose(r.value, [0.25, 0.75, 0]);
  });

  it.each([
    ["a negative weight", [1, -0.5], "weight 1"],
    ["NaN", [Number.NaN, 1], "weight 0"],
    ["Infinity", [1, Number.POSITIVE_INFINITY], "weight 1"],
    ["all zeros", [0, 0], "all weights are zero"],
    ["no weights", [], "all weights are zero"],
  ])("refuses %s", (_, weights, message) => {
    const r = normaliseWeights(weights);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(message);
  });

  it("makes scoreMatrix refuse the same weights", () => {
    const r = scoreMatrix({ method: "wsm", criteria: [{ id: "a", direction: "benefit", weight: -1 }], matrix: [[1], [2]] });
    expect(r.ok).toBe(false);
  });
});

describe("rankScores", () => {
  it("orders best first with competition ranks; scores within 1e-9 tie (1, 2, 2, 4)", () => {
    const { order, ranks } = rankScores([0.9, 0.5, 0.5 + 5e-10, 0.1]);
    expect(ranks.join(",")).toBe("1,2,2,4");
    expect(order).toEqual([0, 1, 2, 3]);
  });

  it("keeps input order among equals and skips the tied places", () => {
    const { order, ranks } = rankScores([0.5, 0.9, 0.5, 0.9, 0.2]);
    expect(order).toEqual([1, 3, 0, 2, 4]);
    expect(ranks).toEqual([3, 1, 3, 1, 5]);
  });

  it("does not tie scores further apart than 1e-9", () => {
    expect(rankScores([0.5, 0.5 + 2e-9]).ranks).toEqual([2, 1]);
  });

  it("handles no scores and one score", () => {
    expect(rankScores([])).toEqual({ order: [], ranks: [] });
    expect(rankScores([0.3])).toEqual({ order: [0], ranks: [1] });
  });
});

describe("weightedSum", () => {
  it("returns w_j * r_ij per cell, summing to each score", () => {
    const { scores, contributions } = weightedSum(
      dense([
        [1, 0],
        [0.5, 0.5],
      ]),
      Float64Array.from([0.25, 0.75]),
    );
    expectClose(contributions, [0.25, 0, 0.125, 0.375]);
    expectClose(scores, [0.25, 0.5]);
  });
});

describe("analyze", () => {
  // Min-max normalised: A = (1, 0), B = (0, 1), C = (0.7, 0.5); weights 0.7 / 0.3 make A lead.
  // Criterion x at t: A = t, B = 1 - t, C = 0.5 + 0.2t; C catches A at t = 0.625, B at 0.5.
  // Criterion y at t: A = 1 - t, B = t, C = 0.7 - 0.2t; C catches A at t = 0.375, B at 0.5.
  const request: AnalyzeRequest = {
    method: "wsm",
    alternatives: ["A", "B", "C"],
    criteria: [
      { id: "x", direction: "benefit", weight: 7 },
      { id: "y", direction: "benefit", weight: 3 },
    ],
    matrix: [
      [10, 0],
      [0, 10],
      [7, 5],
    ],
  };

  it("returns the contract's shape: normalised weights, ranking, contributions, sensitivity", () => {
    const r = analyze(request);
    if (!r.ok) throw new Error(r.error);
    const v = r.value;
    expect(analyzeResponseSchema.safeParse(v).success).toBe(true);
    expect(v.method).toBe("wsm");
    expect(v.normalization).toBe("minmax");
    expect(v.missing).toBe("mean");
    expectClose(v.weights, [0.7, 0.3]);
    expect(v.weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);

    expect(v.ranking.map((e) => e.alternative)).toEqual(["A", "C", "B"]);
    expect(v.ranking.map((e) => e.rank)).toEqual([1, 2, 3]);
    expectClose(
      v.ranking.map((e) => e.score),
      [0.7, 0.64, 0.3],
    );

    expect(Object.keys(v.contributions)).toEqual(["A", "B", "C"]);
    for (const alt of request.alternatives) expect(Object.keys(v.contributions[alt]!)).toEqual(["x", "y"]);
    expectClose([v.contributions.C!.x!, v.contributions.C!.y!], [0.49, 0.15]);
    for (const entry of v.ranking) {
      const parts = Object.values(v.contributions[entry.alternative]!);
      expect(parts.reduce((a, b) => a + b, 0)).toBeCloseTo(entry.score, 12);
    }

    expect(v.sensitivity.map((s) => s.criterion)).toEqual(["x", "y"]);
    const [x, y] = v.sensitivity;
    expect(x!.weight).toBeCloseTo(0.7, 12);
    expect(x!.lowerFlip).toBeCloseTo(0.625, 12);
    expect(x!.upperFlip).toBeNull();
    expect(y!.weight).toBeCloseTo(0.3, 12);
    expect(y!.lowerFlip).toBeNull();
    expect(y!.upperFlip).toBeCloseTo(0.375, 12);
  });

  it("reports TOPSIS flips within 1e-4 and ranks with the request's names", () => {
    const r = analyze({ ...request, method: "topsis" });
    if (!r.ok) throw new Error(r.error);
    const v = r.value;
    expect(analyzeResponseSchema.safeParse(v).success).toBe(true);
    expect(v.normalization).toBe("vector");
    expect(v.ranking[0]!.alternative).toBe("A");
    v.ranking.forEach((e) => expect(e.score).toBeGreaterThanOrEqual(0));
    v.ranking.forEach((e) => expect(e.score).toBeLessThanOrEqual(1));
    for (let k = 1; k < v.ranking.length; k++) expect(v.ranking[k]!.score).toBeLessThanOrEqual(v.ranking[k - 1]!.score);
    expect(v.sensitivity).toHaveLength(2);
    // Vector-normalised A = (10, 0)/|col|, C = (7, 5)/|col|: the nearest flip on x is below 0.7.
    const x = v.sensitivity[0]!;
    expect(x.lowerFlip).not.toBeNull();
    expect(x.lowerFlip!).toBeLessThan(0.7);
    expect(x.upperFlip).toBeNull();
  });

  it("passes on scoring errors instead of throwing", () => {
    const r = analyze({ ...request, criteria: request.criteria.map((c) => ({ ...c, weight: 0 })) });
    expect(r.ok).toBe(false);
  });

  it("shares a rank between tied alternatives", () => {
    const r = analyze({
      ...request,
      matrix: [
        [10, 0],
        [0, 10],
        [10, 0],
      ],
    });
    if (!r.ok) throw new Error(r.error);
    expect(r.value.ranking.map((e) => `${e.alternative}${e.rank}`)).toEqual(["A1", "C1", "B3"]);
  });
});

describe("sensitivity when one criterion holds nearly all the weight (found by scoring-properties)", () => {
  const leaderAt = (input: ScoreInput, j: number, t: number) => {
    const base = scoreMatrix(input);
    if (!base.ok) throw new Error(base.error);
    const w = base.value.weights;
    const rest = 1 - w[j]!;
    const s = scoreMatrix({ ...input, criteria: input.criteria.map((c, k) => ({ ...c, weight: k === j ? t : ((1 - t) * w[k]!) / rest })) });
    if (!s.ok) throw new Error(s.error);
    return s.value.order[0];
  };

  it("TOPSIS places the flip within 1e-4 (1 - w_j ~ 1.4e-6 used to cancel to an error of ~2e-4)", () => {
    const input: ScoreInput = {
      method: "topsis",
      normalization: "vector",
      missing: "worst",
      criteria: [0, 0.000001, 0.000004781954180772431, 5, 0.000001].map((weight, j) => ({ id: `c${j}`, direction: "benefit" as const, weight })),
      matrix: [
        [null, null, null, 0, -1.22],
        [null, null, null, 3.63, null],
        [null, null, null, 2, null],
        [null, null, null, -2, 0],
        [null, null, null, 0.02, null],
      ],
    };
    const s = scoreMatrix(input);
    if (!s.ok) throw new Error(s.error);
    expect(s.value.order[0]).toBe(1);
    const flip = flipThresholds(s.value)[3]!;
    expect(flip.upperFlip).toBeNull();
    expect(flip.lowerFlip).not.toBeNull();
    expect(leaderAt(input, 3, flip.lowerFlip! - 1e-4)).toBe(3);
    expect(leaderAt(input, 3, flip.lowerFlip! + 1e-4)).toBe(1);
  });

  it("the weighted sum reports no phantom flip (1 - w_j ~ 2e-9 used to give lowerFlip 1.3e-8)", () => {
    // Min-max normalised rows (0,0,0), (0,0,1), (1,1,0); with w_a = t the leader scores
    // 0.5 + 0.5t and the runner-up 0.5 - 0.5t: they only meet at t = 0, nobody overtakes.
    const input: ScoreInput = {
      method: "wsm",
      criteria: [
        { id: "a", direction: "benefit", weight: 1 },
        { id: "b", direction: "benefit", weight: 1e-9 },
        { id: "c", direction: "cost", weight: 1e-9 },
      ],
      matrix: [
        [0, -2, 2],
        [0, -2, 0],
        [1, 0, 2],
      ],
    };
    const s = scoreMatrix(input);
    if (!s.ok) throw new Error(s.error);
    expect(s.value.order[0]).toBe(2);
    const flip = flipThresholds(s.value)[0]!;
    expect(flip.lowerFlip).toBeNull();
    expect(flip.upperFlip).toBeNull();
    expect(leaderAt(input, 0, 5e-9)).toBe(2);
  });
});
