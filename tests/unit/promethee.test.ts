import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Problem } from "@/lib/scoring/methods/method";
import { preferenceSchema, promethee2Method } from "@/lib/scoring/methods/promethee2";
import { type PreferenceFunction, preferenceOf } from "@/lib/scoring/promethee";
import { TIE_TOLERANCE } from "@/lib/scoring/rank";
import type { CriterionSpec } from "@/lib/scoring/types";

type Criterion = CriterionSpec & { preference?: PreferenceFunction };

/**
 * An independent reference, written from the definitions of issue 15 §3 and nothing else:
 * every P_j(a, b) straight from the formulas, pi(a, b) = sum_j w_j P_j(a, b), then the flows.
 */
function referenceFlows(criteria: readonly Criterion[], matrix: readonly (readonly number[])[]) {
  const total = criteria.reduce((s, c) => s + c.weight, 0);
  const P = (fn: PreferenceFunction | undefined, d: number): number => {
    if (d <= 0) return 0;
    switch (fn?.type ?? "usual") {
      case "usual":
        return 1;
      case "ushape":
        return d > (fn as { q: number }).q ? 1 : 0;
      case "vshape": {
        const { p } = fn as { p: number };
        return d <= p ? d / p : 1;
      }
      case "level": {
        const { q, p } = fn as { q: number; p: number };
        return d <= q ? 0 : d <= p ? 0.5 : 1;
      }
      case "linear": {
        const { q, p } = fn as { q: number; p: number };
        return d <= q ? 0 : d <= p ? (d - q) / (p - q) : 1;
      }
      case "gaussian": {
        const { s } = fn as { s: number };
        return 1 - Math.exp(-(d * d) / (2 * s * s));
      }
    }
    throw new Error("unknown type");
  };
  const n = matrix.length;
  const pi = (a: number, b: number) =>
    criteria.reduce((s, c, j) => {
      const d = c.direction === "benefit" ? matrix[a]![j]! - matrix[b]![j]! : matrix[b]![j]! - matrix[a]![j]!;
      return s + (c.weight / total) * P(c.preference, d);
    }, 0);
  const others = (a: number) => Array.from({ length: n }, (_, b) => b).filter((b) => b !== a);
  return matrix.map((_, a) => {
    const positive = others(a).reduce((s, b) => s + pi(a, b), 0) / (n - 1);
    const negative = others(a).reduce((s, b) => s + pi(b, a), 0) / (n - 1);
    return { positive, negative, net: positive - negative };
  });
}

function evaluate(p: { criteria: readonly Criterion[]; matrix: Problem["matrix"] }) {
  const e = promethee2Method.score(p, p.criteria);
  if (!e.ok) throw new Error(e.error);
  return e.value;
}

/**
 * The data of the classic example of Brans & Mareschal ("PROMETHEE methods", ch. 5 of Figueira,
 * Greco & Ehrgott, Multiple Criteria Decision Analysis: State of the Art Surveys, 2005): six
 * sites for a hydroelectric power station on six criteria, one of each preference function,
 * equal weights. The published flows are printed to two decimals in a table we could not check
 * here, so the expected values come from the independent reference above.
 */
const HYDRO = {
  criteria: [
    { id: "manpower", direction: "cost", weight: 1, preference: { type: "ushape", q: 10 } },
    { id: "power", direction: "benefit", weight: 1, preference: { type: "vshape", p: 30 } },
    { id: "construction-cost", direction: "cost", weight: 1, preference: { type: "linear", q: 0.5, p: 5 } },
    { id: "maintenance-cost", direction: "cost", weight: 1, preference: { type: "level", q: 1, p: 6 } },
    { id: "villages", direction: "cost", weight: 1, preference: { type: "usual" } },
    { id: "security", direction: "benefit", weight: 1, preference: { type: "gaussian", s: 5 } },
  ] satisfies Criterion[],
  matrix: [
    [80, 90, 6, 5.4, 8, 5],
    [65, 58, 2, 9.7, 1, 1],
    [83, 60, 4, 7.2, 4, 7],
    [40, 80, 10, 7.5, 7, 10],
    [52, 72, 6, 2.0, 3, 8],
    [94, 96, 7, 3.6, 5, 6],
  ],
};

const preference: fc.Arbitrary<PreferenceFunction> = fc.oneof(
  fc.constant({ type: "usual" as const }),
  fc.integer({ min: 0, max: 3 }).map((q) => ({ type: "ushape" as const, q })),
  fc.integer({ min: 1, max: 6 }).map((p) => ({ type: "vshape" as const, p })),
  fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 })).map(([q, extra]) => ({ type: "level" as const, q, p: q + extra + 1 })),
  fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 })).map(([q, extra]) => ({ type: "linear" as const, q, p: q + extra + 1 })),
  fc.double({ min: 0.1, max: 5, noNaN: true }).map((s) => ({ type: "gaussian" as const, s })),
);

const problem = fc.tuple(fc.integer({ min: 2, max: 7 }), fc.integer({ min: 1, max: 5 })).chain(([rows, cols]) =>
  fc.record({
    criteria: fc
      .array(
        fc.record({
          direction: fc.constantFrom<CriterionSpec["direction"]>("benefit", "cost"),
          weight: fc.oneof(fc.integer({ min: 0, max: 9 }), fc.double({ min: 1e-3, max: 1, noNaN: true })),
          preference,
        }),
        { minLength: cols, maxLength: cols },
      )
      .filter((cs) => cs.some((c) => c.weight > 0))
      .map((cs) => cs.map((c, j) => ({ id: `c${j}`, ...c }))),
    matrix: fc.array(fc.array(fc.integer({ min: -5, max: 5 }), { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }),
  }),
);

describe("PROMETHEE II preference functions (issue 15 §3)", () => {
  const cases: Array<[PreferenceFunction, Array<[number, number]>]> = [
    [
      { type: "usual" },
      [
        [-1, 0],
        [0, 0],
        [0.001, 1],
        [7, 1],
      ],
    ],
    [
      { type: "ushape", q: 2 },
      [
        [-3, 0],
        [2, 0],
        [2.5, 1],
      ],
    ],
    [
      { type: "vshape", p: 4 },
      [
        [-1, 0],
        [0, 0],
        [1, 0.25],
        [4, 1],
        [9, 1],
      ],
    ],
    [
      { type: "level", q: 1, p: 3 },
      [
        [-2, 0],
        [1, 0],
        [2, 0.5],
        [3, 0.5],
        [3.5, 1],
      ],
    ],
    [
      { type: "linear", q: 1, p: 5 },
      [
        [-2, 0],
        [1, 0],
        [2, 0.25],
        [5, 1],
        [6, 1],
      ],
    ],
    [
      { type: "gaussian", s: 2 },
      [
        [-1, 0],
        [0, 0],
        [2, 1 - Math.exp(-0.5)],
        [4, 1 - Math.exp(-2)],
      ],
    ],
  ];
  it.each(cases)("%o", (fn, points) => {
    const P = preferenceOf(fn);
    for (const [d, expected] of points) expect(P(d), `P(${d})`).toBeCloseTo(expected, 15);
  });

  it.each([
    [{ type: "ushape" }, /q/],
    [{ type: "vshape" }, /p/],
    [{ type: "level", q: 1 }, /p/],
    [{ type: "linear", p: 2 }, /q/],
    [{ type: "gaussian" }, /s/],
    [{ type: "linear", q: 3, p: 2 }, /q .*must not exceed p/],
    [{ type: "level", q: 3, p: 2 }, /q .*must not exceed p/],
    [{ type: "linear", q: 1, p: 2, s: 1 }, /s/],
    [{ type: "usual", q: 1 }, /q/],
    [{ type: "vshape", p: 0 }, /above 0/],
    [{ type: "ushape", q: -1 }, /0 or more/],
    [{ type: "gaussian", s: 0 }, /above 0/],
    [{ type: "step" }, /type|Invalid/],
  ])("refuses %o", (fn, pattern) => {
    const parsed = preferenceSchema.safeParse(fn);
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => `${i.path.join(".")} ${i.message} ${"keys" in i ? String(i.keys) : ""}`).join("; ")).toMatch(pattern);
  });
});

describe("PROMETHEE II", () => {
  it("computes a three-alternative example by hand (two criteria weighted 0.4 and 0.6, usual functions)", () => {
    // a = (4, 2), b = (1, 5), c = (3, 4): pi(a,b) = 0.4, pi(a,c) = 0.4, pi(b,a) = 0.6, pi(b,c) = 0.6,
    // pi(c,a) = 0.6, pi(c,b) = 0.4; phi+ = (0.4, 0.6, 0.5), phi- = (0.6, 0.4, 0.5).
    const e = evaluate({
      criteria: [
        { id: "x", direction: "benefit", weight: 0.4 },
        { id: "y", direction: "benefit", weight: 0.6 },
      ],
      matrix: [
        [4, 2],
        [1, 5],
        [3, 4],
      ],
    });
    [0.4, 0.6, 0.5].forEach((v, i) => expect(e.flows!.positive[i]).toBeCloseTo(v, 15));
    [0.6, 0.4, 0.5].forEach((v, i) => expect(e.flows!.negative[i]).toBeCloseTo(v, 15));
    [-0.2, 0.2, 0].forEach((v, i) => expect(e.scores[i]).toBeCloseTo(v, 15));
    expect(e.order).toEqual([1, 2, 0]);
    expect(e.normalization).toBe("none");
    expect(e.contributionKind).toBe("flows");
  });

  it("matches the independent reference on Brans & Mareschal's hydroelectric example (all six preference functions)", () => {
    const e = evaluate(HYDRO);
    const reference = referenceFlows(HYDRO.criteria, HYDRO.matrix);
    reference.forEach((r, i) => {
      expect(e.flows!.positive[i]).toBeCloseTo(r.positive, 12);
      expect(e.flows!.negative[i]).toBeCloseTo(r.negative, 12);
      expect(e.scores[i]).toBeCloseTo(r.net, 12);
    });
  });

  it("matches the independent reference on random problems", () => {
    fc.assert(
      fc.property(problem, (p) => {
        const e = evaluate(p);
        referenceFlows(p.criteria, p.matrix).forEach((r, i) => {
          expect(Math.abs(e.flows!.positive[i]! - r.positive)).toBeLessThan(1e-12);
          expect(Math.abs(e.flows!.negative[i]! - r.negative)).toBeLessThan(1e-12);
          expect(Math.abs(e.scores[i]! - r.net)).toBeLessThan(1e-12);
        });
      }),
      { numRuns: 200 },
    );
  });

  it("has net flows that sum to zero, and contributions that sum to each net flow", () => {
    fc.assert(
      fc.property(problem, (p) => {
        const e = evaluate(p);
        const cols = p.criteria.length;
        expect(Math.abs(e.scores.reduce((s, x) => s + x, 0))).toBeLessThan(1e-12);
        e.scores.forEach((score, i) => {
          const sum = e.contributions.slice(i * cols, (i + 1) * cols).reduce((s, x) => s + x, 0);
          expect(Math.abs(sum - score)).toBeLessThan(1e-12);
          expect(Math.abs(e.flows!.positive[i]! - e.flows!.negative[i]! - score)).toBeLessThan(1e-12);
        });
      }),
      { numRuns: 200 },
    );
  });

  it("is unchanged when every weight is scaled by a positive constant", () => {
    fc.assert(
      fc.property(problem, fc.double({ min: 1e-3, max: 1e3, noNaN: true }), (p, k) => {
        const a = evaluate(p);
        const b = evaluate({ ...p, criteria: p.criteria.map((c) => ({ ...c, weight: c.weight * k })) });
        a.scores.forEach((s, i) => expect(Math.abs(s - b.scores[i]!)).toBeLessThan(1e-9));
      }),
      { numRuns: 150 },
    );
  });

  it("permuting the alternatives permutes the flows", () => {
    fc.assert(
      fc.property(
        problem.chain((p) => fc.tuple(fc.constant(p), fc.shuffledSubarray([...p.matrix.keys()], { minLength: p.matrix.length }))),
        ([p, permutation]) => {
          const a = evaluate(p);
          const b = evaluate({ ...p, matrix: permutation.map((i) => p.matrix[i]!) });
          permutation.forEach((from, to) => {
            expect(Math.abs(b.scores[to]! - a.scores[from]!)).toBeLessThan(1e-12);
            expect(Math.abs(b.flows!.positive[to]! - a.flows!.positive[from]!)).toBeLessThan(1e-12);
          });
        },
      ),
      { numRuns: 150 },
    );
  });

  it("never ranks a dominated alternative above its dominator", () => {
    fc.assert(
      fc.property(problem, fc.nat(), (p, pick) => {
        // Make the last alternative a copy of another, worse by one on a criterion.
        const from = pick % p.matrix.length;
        const j = pick % p.criteria.length;
        const worse = p.matrix[from]!.map((x, k) => (k === j ? x + (p.criteria[j]!.direction === "benefit" ? -1 : 1) : x));
        const e = evaluate({ ...p, matrix: [...p.matrix, worse] });
        expect(e.scores[p.matrix.length]!).toBeLessThanOrEqual(e.scores[from]! + 1e-12);
      }),
      { numRuns: 150 },
    );
  });

  it("changes the leader just beyond each flip point, and not before it", () => {
    fc.assert(
      fc.property(problem, (p) => {
        const e = evaluate(p);
        const leader = e.order[0]!;
        // With the first place tied, "the leader" is moot (as in scoring-properties.test.ts).
        if (e.scores.some((s, i) => i !== leader && s >= e.scores[leader]! - TIE_TOLERANCE)) return;
        const w = e.weights;
        for (const flip of e.sensitivity!.flips()) {
          const leaderAt = (t: number) => {
            const rest = 1 - w[flip.criterion]!;
            const weights = Array.from(w, (wk, k) => (k === flip.criterion ? t : rest > 1e-12 ? ((1 - t) * wk) / rest : (1 - t) / (w.length - 1)));
            const s = evaluate({ ...p, criteria: p.criteria.map((c, k) => ({ ...c, weight: weights[k]! })) }).scores;
            const best = Math.max(...s);
            return s[leader]! >= best - TIE_TOLERANCE ? leader : -1;
          };
          for (const [at, beyond] of [
            [flip.upperFlip, 1e-6],
            [flip.lowerFlip, -1e-6],
          ] as const) {
            if (at === null) continue;
            const t = at + beyond;
            if (t < 0 || t > 1) continue;
            expect(leaderAt(t), `criterion ${flip.criterion} at ${t}`).toBe(-1);
            const inside = (at + flip.weight) / 2;
            expect(leaderAt(inside)).toBe(leader);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
