import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { RobustnessRequest } from "@/lib/domain/robustness";
import { seededRandom } from "@/lib/random";
import { METHOD_IDS } from "@/lib/scoring/methods/registry";
import { robustness } from "@/lib/scoring/robustness-request";
import { type WeightModel, weightSampler } from "@/lib/scoring/smaa";

type Request = RobustnessRequest & { seed: number };

function run(request: Omit<Request, "samples" | "seed"> & { samples?: number; seed?: number }) {
  const result = robustness({ samples: 10_000, seed: 1, ...request } as Request);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

/**
 * Three alternatives on two benefit criteria whose normalised values are their raw ones:
 * a = (1, 0), b = (0, 1), c = (0.6, 0.6). By the weighted sum, with w the first criterion's
 * share, a scores w, b 1 - w and c 0.6: a leads for w > 0.6, b for w < 0.4, c in between. Each
 * weight model then gives its acceptabilities by hand.
 */
const TRIO = {
  method: "wsm" as const,
  alternatives: ["a", "b", "c"],
  matrix: [
    [1, 0],
    [0, 1],
    [0.6, 0.6],
  ],
};
const trio = (criteria: Array<Record<string, unknown>>, weightModel: Request["weightModel"]) =>
  run({
    ...TRIO,
    weightModel,
    samples: 100_000,
    criteria: criteria.map((c, j) => ({ id: `c${j}`, direction: "benefit", ...c })) as Request["criteria"],
  });
const expectNear = (actual: readonly number[], expected: readonly number[], tolerance = 0.01) =>
  expected.forEach((e, i) => expect(Math.abs(actual[i]! - e), `index ${i}: ${actual[i]} vs ${e}`).toBeLessThanOrEqual(tolerance));

const model: fc.Arbitrary<{ kind: Request["weightModel"]; extra: (j: number) => Record<string, unknown> }> = fc.oneof(
  fc.constant({ kind: "simplex" as const, extra: () => ({}) }),
  fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 1, max: 5 })), { minLength: 6, maxLength: 6 }).map((pairs) => ({
    kind: "intervals" as const,
    extra: (j: number) => ({ weightInterval: [pairs[j]![0], pairs[j]![0] + pairs[j]![1]] }),
  })),
  fc
    .array(fc.integer({ min: 1, max: 3 }), { minLength: 6, maxLength: 6 })
    .map((ranks) => ({ kind: "ordinal" as const, extra: (j: number) => ({ rank: ranks[j] }) })),
);

const request: fc.Arbitrary<Request> = fc
  .record({
    rows: fc.integer({ min: 2, max: 6 }),
    cols: fc.integer({ min: 1, max: 6 }),
    method: fc.constantFrom(...METHOD_IDS),
    model,
    seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
  })
  .chain(({ rows, cols, method, model, seed }) =>
    fc.record({
      method: fc.constant(method),
      alternatives: fc.constant(Array.from({ length: rows }, (_, i) => `a${i}`)),
      criteria: fc
        .array(fc.constantFrom("benefit" as const, "cost" as const), { minLength: cols, maxLength: cols })
        .map((ds) => ds.map((direction, j) => ({ id: `c${j}`, direction, ...model.extra(j) }))),
      matrix: fc.array(fc.array(fc.integer({ min: -3, max: 3 }), { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }),
      weightModel: fc.constant(model.kind),
      samples: fc.constant(300),
      seed: fc.constant(seed),
    }),
  ) as fc.Arbitrary<Request>;

describe("weight models", () => {
  const draws = (m: WeightModel, criteria: number, count = 2000) => {
    const draw = weightSampler(m, criteria, seededRandom(5));
    return Array.from({ length: count }, () => {
      const w = new Float64Array(criteria);
      draw(w);
      return Array.from(w);
    });
  };

  it.each<[string, WeightModel, number]>([
    ["simplex", { kind: "simplex" }, 5],
    [
      "intervals",
      {
        kind: "intervals",
        intervals: [
          [1, 2],
          [0, 3],
          [2, 2],
        ],
      },
      3,
    ],
    ["ordinal", { kind: "ordinal", ranks: [2, 1, 3, 1] }, 4],
  ])("%s draws non-negative weights summing to 1", (_, m, criteria) => {
    for (const w of draws(m, criteria)) {
      expect(Math.abs(w.reduce((s, x) => s + x, 0) - 1)).toBeLessThan(1e-12);
      for (const x of w) expect(x).toBeGreaterThanOrEqual(0);
    }
  });

  it("ordinal respects the ranks, giving criteria of one rank equal weights", () => {
    for (const [w1, w2, w3, w4] of draws({ kind: "ordinal", ranks: [2, 1, 3, 1] }, 4)) {
      expect(w2).toBe(w4);
      expect(w2!).toBeGreaterThanOrEqual(w1!);
      expect(w1!).toBeGreaterThanOrEqual(w3!);
    }
  });

  it("intervals keep the ratios their intervals allow", () => {
    for (const [w1, w2] of draws(
      {
        kind: "intervals",
        intervals: [
          [1, 2],
          [2, 2],
        ],
      },
      2,
    ))
      expect(w1! / w2!).toBeGreaterThanOrEqual(0.5), expect(w1! / w2!).toBeLessThanOrEqual(1);
  });
});

describe("SMAA-2 (issue 15 §5)", () => {
  it("gives the acceptabilities worked out by hand with no weight information (w uniform on [0, 1])", () => {
    const r = trio([{}, {}], "simplex");
    expectNear(r.rankAcceptability.a!, [0.4, 0.1, 0.5]);
    expectNear(r.rankAcceptability.b!, [0.4, 0.1, 0.5]);
    expectNear(r.rankAcceptability.c!, [0.2, 0.8, 0]);
    // Central weights: the mean w where each leads (0.8 for a, 0.2 for b, 0.5 for c).
    expectNear([r.centralWeights.a!.c0!, r.centralWeights.b!.c0!, r.centralWeights.c!.c0!], [0.8, 0.2, 0.5]);
  });

  it("gives them for ranked criteria (the first at least as heavy: w uniform on [0.5, 1])", () => {
    const r = trio([{ rank: 1 }, { rank: 2 }], "ordinal");
    expectNear([r.firstRankAcceptability.a!, r.firstRankAcceptability.b!, r.firstRankAcceptability.c!], [0.8, 0, 0.2]);
    expect(r.centralWeights.b).toBeNull();
  });

  it("gives them for weight intervals ([1, 3] and [1, 1]: w = x / (x + 1), x uniform on [1, 3])", () => {
    // a leads for w > 0.6, i.e. x > 1.5: three quarters of [1, 3]; c for x < 1.5; b never.
    const r = trio([{ weightInterval: [1, 3] }, { weightInterval: [1, 1] }], "intervals");
    expectNear([r.firstRankAcceptability.a!, r.firstRankAcceptability.b!, r.firstRankAcceptability.c!], [0.75, 0, 0.25]);
  });

  it("splits a tie equally: two identical leaders share first and second place", () => {
    const r = run({
      method: "wsm",
      alternatives: ["x", "twin", "y"],
      criteria: [
        { id: "c0", direction: "benefit" },
        { id: "c1", direction: "benefit" },
      ],
      matrix: [
        [2, 2],
        [2, 2],
        [1, 1],
      ],
      weightModel: "simplex",
    });
    expect(r.rankAcceptability.x).toEqual([0.5, 0.5, 0]);
    expect(r.rankAcceptability.twin).toEqual([0.5, 0.5, 0]);
    expect(r.rankAcceptability.y).toEqual([0, 0, 1]);
  });

  it("has acceptabilities that sum to 1 for each alternative and for each place, by every method and weight model", () => {
    fc.assert(
      fc.property(request, (req) => {
        const r = run(req);
        const rows = Object.values(r.rankAcceptability);
        for (const row of rows) expect(Math.abs(row.reduce((s, x) => s + x, 0) - 1)).toBeLessThan(1e-9);
        for (let place = 0; place < rows.length; place++) expect(Math.abs(rows.reduce((s, row) => s + row[place]!, 0) - 1)).toBeLessThan(1e-9);
        for (const [alt, w] of Object.entries(r.centralWeights)) {
          expect(w === null).toBe(r.firstRankAcceptability[alt] === 0);
          if (w) expect(Math.abs(Object.values(w).reduce((s, x) => s + x, 0) - 1)).toBeLessThan(1e-9);
        }
      }),
      { numRuns: 120 },
    );
  });

  it("never puts a dominated alternative first", () => {
    fc.assert(
      fc.property(request, fc.nat(), (req, pick) => {
        // A copy of one alternative made strictly worse on every criterion.
        const from = pick % req.matrix.length;
        const worse = req.matrix[from]!.map((x, j) => (x === null ? x : x + (req.criteria[j]!.direction === "benefit" ? -1 : 1)));
        const r = run({ ...req, alternatives: [...req.alternatives, "dominated"], matrix: [...req.matrix, worse] });
        expect(r.firstRankAcceptability.dominated).toBe(0);
        expect(r.centralWeights.dominated).toBeNull();
      }),
      { numRuns: 120 },
    );
  });

  it("gives the identical answer for the same seed and input, and another for another seed", () => {
    fc.assert(
      fc.property(request, (req) => {
        expect(run(req)).toEqual(run(req));
      }),
      { numRuns: 40 },
    );
    const req = {
      ...TRIO,
      criteria: [
        { id: "c0", direction: "benefit" as const },
        { id: "c1", direction: "benefit" as const },
      ],
      weightModel: "simplex" as const,
    };
    expect(run({ ...req, seed: 1 }).rankAcceptability).not.toEqual(run({ ...req, seed: 2 }).rankAcceptability);
  });

  it("permuting the alternatives permutes the acceptabilities", () => {
    fc.assert(
      fc.property(
        request.chain((req) => fc.tuple(fc.constant(req), fc.shuffledSubarray([...req.alternatives.keys()], { minLength: req.alternatives.length }))),
        ([req, permutation]) => {
          const a = run(req);
          const b = run({ ...req, alternatives: permutation.map((i) => req.alternatives[i]!), matrix: permutation.map((i) => req.matrix[i]!) });
          expect(b.rankAcceptability).toEqual(a.rankAcceptability);
        },
      ),
      { numRuns: 60 },
    );
  });
});
