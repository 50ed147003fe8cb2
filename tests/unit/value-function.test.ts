import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeRequestSchema } from "@/lib/domain/analyze";
import { evaluate } from "@/lib/scoring/methods/evaluate";
import { METHOD_IDS } from "@/lib/scoring/methods/registry";
import type { CriterionSpec, RawMatrix } from "@/lib/scoring/types";
import {
  describeValueFunction,
  extremeOf,
  goodWay,
  parseValueFunction,
  reversed,
  serializeValueFunction,
  valueAt,
  valueFunctionSchema,
  type ValuePoint,
} from "@/lib/scoring/value-function";

const PEAK: ValuePoint[] = [
  [-2, 0],
  [0, 1],
  [2, 0.5],
];

describe("a value function given per point", () => {
  it("is exact at its points, linear between them and flat past its ends", () => {
    expect(PEAK.map(([x]) => valueAt(PEAK, x))).toEqual([0, 1, 0.5]);
    expect(valueAt(PEAK, -1)).toBe(0.5);
    expect(valueAt(PEAK, 1)).toBe(0.75);
    expect(valueAt(PEAK, 0.5)).toBe(0.875);
    expect(valueAt(PEAK, -7)).toBe(0);
    expect(valueAt(PEAK, 9)).toBe(0.5);
  });

  it("stays within its points' values and is monotone between two points (property)", () => {
    const points = fc
      .uniqueArray(fc.integer({ min: -50, max: 50 }), { minLength: 2, maxLength: 12 })
      .chain((xs) =>
        fc.tuple(
          fc.constant([...xs].sort((a, b) => a - b)),
          fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: xs.length, maxLength: xs.length }),
        ),
      )
      .map(([xs, vs]) => xs.map((x, k): ValuePoint => [x, vs[k]!]));
    fc.assert(
      fc.property(points, fc.double({ min: -60, max: 60, noNaN: true }), (p, x) => {
        const v = valueAt(p, x);
        const k = p.findIndex(([xk], i) => i < p.length - 1 && x >= xk && x <= p[i + 1]![0]);
        if (k < 0) return v === (x < p[0]![0] ? p[0]![1] : p[p.length - 1]![1]);
        const [a, b] = [p[k]![1], p[k + 1]![1]];
        return v >= Math.min(a, b) - 1e-12 && v <= Math.max(a, b) + 1e-12;
      }),
    );
  });

  it("finds the worst and best x of a range at a point or an end", () => {
    expect(extremeOf(PEAK, -2, 2, "worst")).toBe(-2);
    expect(extremeOf(PEAK, -2, 2, "best")).toBe(0);
    // Within [1, 2] the best is the left end (0.75), the worst the right (0.5).
    expect(extremeOf(PEAK, 1, 2, "best")).toBe(1);
    expect(extremeOf(PEAK, 1, 2, "worst")).toBe(2);
  });

  it("reverses to 1 - v, and a direction to the other", () => {
    expect(reversed({ points: PEAK })).toEqual({
      points: [
        [-2, 1],
        [0, 0],
        [2, 0.5],
      ],
    });
    expect(reversed({ direction: "benefit" })).toEqual({ direction: "cost" });
    expect(reversed(reversed({ points: PEAK }))).toEqual({ points: PEAK });
  });

  it("travels as text and back: 'cost', '-2=0;0=1;2=0.5'", () => {
    expect(serializeValueFunction({ points: PEAK })).toBe("-2=0;0=1;2=0.5");
    expect(parseValueFunction("-2=0;0=1;2=0.5")).toEqual({ points: PEAK });
    expect(parseValueFunction("cost")).toEqual({ direction: "cost" });
    for (const bad of ["", "down", "2=0;0=1", "0=1", "0=2;1=0", "0=0;0=1", "a=1;b=2", "0=;1=1", "0=1=2;1=1", `${"0=1;".repeat(200)}9=1`])
      expect(parseValueFunction(bad), bad).toBeNull();
    expect(describeValueFunction({ direction: "cost" })).toBe("lower is better");
    expect(describeValueFunction({ points: PEAK })).toBe("own values: -2 → 0, 0 → 1, 2 → 0.5");
  });

  it("is read for a label or a mark as the view's direction, the criterion's own when it sets none, or as points", () => {
    expect(goodWay("benefit", undefined)).toBe("benefit");
    expect(goodWay("benefit", { direction: "cost" })).toBe("cost");
    expect(goodWay("cost", { points: PEAK })).toBe("points");
  });

  it("is checked: sorted by x, each x once, v in [0, 1], 2 to 101 points, one form only", () => {
    const issues = (value: unknown) => (valueFunctionSchema.safeParse(value).error?.issues ?? []).map((i) => i.message).join(" ");
    expect(issues({ points: PEAK })).toBe("");
    expect(issues({ direction: "cost" })).toBe("");
    expect(issues({ points: [[0, 1]] })).not.toBe("");
    expect(
      issues({
        points: [
          [1, 0],
          [0, 1],
        ],
      }),
    ).not.toBe("");
    expect(
      issues({
        points: [
          [0, 0],
          [1, 1.5],
        ],
      }),
    ).not.toBe("");
    expect(
      issues({
        points: [
          [0, -0.1],
          [1, 1],
        ],
      }),
    ).not.toBe("");
    expect(issues({ points: Array.from({ length: 102 }, (_, k) => [k, 0]) })).not.toBe("");
    expect(issues({ direction: "up" })).not.toBe("");
    expect(issues({ direction: "cost", points: PEAK })).not.toBe("");
  });
});

/** Three frameworks on two criteria of the scale -2..2, weighted 3:1. */
const MATRIX: RawMatrix = [
  [2, -2],
  [0, 0],
  [-2, 2],
];
const spec = (id: string, extra: Partial<CriterionSpec> = {}): CriterionSpec => ({
  id,
  direction: "benefit",
  weight: id === "a" ? 3 : 1,
  bounds: { min: -2, max: 2 },
  ...extra,
});
const scores = (method: (typeof METHOD_IDS)[number], criteria: CriterionSpec[], matrix: RawMatrix = MATRIX, missing: "mean" | "worst" | "best" = "mean") => {
  const e = evaluate(method, { criteria, matrix, missing }, criteria);
  if (!e.ok) throw new Error(e.error);
  return Array.from(e.value.scores);
};

describe("the engine with a value function", () => {
  const peaked = [spec("a", { valueFunction: { points: PEAK } }), spec("b")];

  it("weighted sum: v(x) replaces min-max normalisation", () => {
    // a: v = 0.5, 1, 0 (not min-max of them); b min-max: 0, 0.5, 1; weights 0.75, 0.25.
    expect(scores("wsm", peaked)).toEqual([0.75 * 0.5, 0.75 + 0.25 * 0.5, 0.25]);
    // Values that are not spread over 0..1 stay as they are: min-max would make 0.4 and 0.6 into 0 and 1.
    const narrow = [
      spec("a", {
        valueFunction: {
          points: [
            [-2, 0.4],
            [2, 0.6],
          ],
        },
      }),
      spec("b"),
    ];
    expect(scores("wsm", narrow)[0]).toBeCloseTo(0.75 * 0.6, 15);
  });

  it("TOPSIS: the values are the criterion's data, vector-normalised", () => {
    const aNorm = Math.sqrt(0.25 + 1);
    const bNorm = Math.sqrt(8);
    const va = [0.5, 1, 0].map((v) => (0.75 * v) / aNorm);
    const vb = [-2, 0, 2].map((x) => (0.25 * x) / bNorm);
    const expected = va.map((a, i) => {
      const plus = Math.hypot(a - Math.max(...va), vb[i]! - Math.max(...vb));
      const minus = Math.hypot(a - Math.min(...va), vb[i]! - Math.min(...vb));
      return minus / (plus + minus);
    });
    scores("topsis", peaked).forEach((s, i) => expect(s).toBeCloseTo(expected[i]!, 12));
    expect(expected[1]).toBeCloseTo(0.796925, 6);
  });

  it("PROMETHEE II: the values are the criterion's data for its preference function", () => {
    // Usual: on a, the framework at 0 beats both, the one at 2 beats the one at -2; b as it is.
    expect(scores("promethee2", peaked)).toEqual([0.75 * 0 + 0.25 * -1, 0.75 * 1 + 0, 0.75 * -1 + 0.25 * 1]);
    expect(scores("promethee2", [spec("a"), spec("b")])).toEqual([0.75 - 0.25, 0, -0.75 + 0.25]);
  });

  it("a reversed direction scores exactly as the criterion turned round, under every method", () => {
    for (const method of METHOD_IDS) {
      const reversedA = scores(
        method,
        [spec("a", { valueFunction: { direction: "cost" } }), spec("b")],
        [
          [2, -2],
          [null, 0],
          [-2, 2],
        ],
        "worst",
      );
      const asCost = scores(
        method,
        [spec("a", { direction: "cost" }), spec("b")],
        [
          [2, -2],
          [null, 0],
          [-2, 2],
        ],
        "worst",
      );
      expect(reversedA, method).toEqual(asCost);
      expect(reversedA, method).not.toEqual(
        scores(
          method,
          [spec("a"), spec("b")],
          [
            [2, -2],
            [null, 0],
            [-2, 2],
          ],
          "worst",
        ),
      );
    }
  });

  it("the points of a linear function across the scale give the weighted sum's min-max scores when the values span the scale", () => {
    const linear = [
      spec("a", {
        valueFunction: {
          points: [
            [-2, 0],
            [2, 1],
          ],
        },
      }),
      spec("b", {
        valueFunction: {
          points: [
            [-2, 1],
            [2, 0],
          ],
        },
      }),
    ];
    const asDirections = [spec("a"), spec("b", { direction: "cost" })];
    scores("wsm", linear).forEach((s, i) => expect(s).toBeCloseTo(scores("wsm", asDirections)[i]!, 15));
  });

  it("fills a missing value first, by the policy, the value function deciding what is worst and best", () => {
    const gap: RawMatrix = [
      [2, -2],
      [null, 0],
      [-2, 2],
    ];
    const aPart = (missing: "mean" | "worst" | "best") =>
      scores("wsm", [spec("a", { valueFunction: { points: PEAK } }), spec("b", { weight: 0 })], gap, missing)[1];
    // mean: x = (2 - 2) / 2 = 0, v(0) = 1; worst: -2, v = 0; best: 0, v = 1 (not the scale's top, 2, worth 0.5).
    expect(aPart("mean")).toBe(1);
    expect(aPart("worst")).toBe(0);
    expect(aPart("best")).toBe(1);
  });

  it("keeps flip points, contributions and the numeric sensitivity working", () => {
    const e = evaluate("wsm", { criteria: peaked, matrix: MATRIX }, peaked);
    if (!e.ok) throw new Error(e.error);
    const flips = e.value.sensitivity.flips();
    expect(flips).toHaveLength(2);
    // Contributions add up to the score.
    for (let i = 0; i < 3; i++) expect(e.value.contributions[i * 2]! + e.value.contributions[i * 2 + 1]!).toBeCloseTo(e.value.scores[i]!, 15);
    // At a's flip point the leader changes.
    const lower = flips[0]!.lowerFlip!;
    expect(lower).toBeGreaterThan(0);
    const below = [spec("a", { valueFunction: { points: PEAK }, weight: lower * 0.99 }), spec("b", { weight: 1 - lower * 0.99 })];
    const s = scores("wsm", below);
    expect(s.indexOf(Math.max(...s))).not.toBe(1);
  });

  it("is part of an /api/analyze request's criterion, checked", () => {
    const request = (valueFunction: unknown) => ({
      method: "wsm",
      alternatives: ["x", "y"],
      criteria: [{ id: "a", direction: "benefit", weight: 1, valueFunction }],
      matrix: [[1], [2]],
    });
    expect(analyzeRequestSchema.safeParse(request({ points: PEAK })).success).toBe(true);
    expect(analyzeRequestSchema.safeParse(request({ direction: "cost" })).success).toBe(true);
    const bad = analyzeRequestSchema.safeParse(
      request({
        points: [
          [2, 0],
          [0, 1],
        ],
      }),
    );
    expect(bad.error?.issues[0]?.path).toEqual(["criteria", 0, "valueFunction", "points", 1, 0]);
  });
});
