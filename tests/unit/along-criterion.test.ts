import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { topsisAlong, wsmAlong } from "@/lib/scoring/along-criterion";
import { scoreMatrix } from "@/lib/scoring/score-matrix";
import { topsis } from "@/lib/scoring/topsis";
import { tornado } from "@/lib/scoring/tornado";
import type { ScoringMethod } from "@/lib/scoring/types";
import { weightedScores } from "@/lib/scoring/weighted-sum";

/** The weights with criterion j at t and the others scaled to keep their proportions, as the tornado and the flips define them. */
function shifted(weights: Float64Array, j: number, t: number): Float64Array {
  const rest = 1 - weights[j]!;
  return weights.map((w, k) => (k === j ? t : rest > 1e-12 ? (w * (1 - t)) / rest : (1 - t) / (weights.length - 1)));
}

type Problem = { method: ScoringMethod; matrix: number[][]; weights: number[]; costs: boolean[] };

// Small matrices of -2..2 values, now and then with one criterion holding nearly all the weight.
const problem: fc.Arbitrary<Problem> = fc
  .tuple(fc.integer({ min: 2, max: 9 }), fc.integer({ min: 2, max: 7 }), fc.constantFrom<ScoringMethod>("wsm", "topsis"))
  .chain(([rows, cols, method]) =>
    fc.record({
      method: fc.constant(method),
      matrix: fc.array(fc.array(fc.integer({ min: -2, max: 2 }), { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }),
      weights: fc.array(fc.oneof(fc.integer({ min: 1, max: 100 }), fc.constant(1e6)), { minLength: cols, maxLength: cols }),
      costs: fc.array(fc.boolean(), { minLength: cols, maxLength: cols }),
    }),
  );

function scored(p: Problem) {
  const s = scoreMatrix({
    method: p.method,
    criteria: p.weights.map((weight, j) => ({ id: `c${j}`, direction: p.costs[j] ? "cost" : "benefit", weight })),
    matrix: p.matrix,
  });
  if (!s.ok) throw new Error(s.error);
  return s.value;
}

const rescored = (s: ReturnType<typeof scored>, weights: Float64Array) =>
  s.method === "wsm" ? weightedScores(s.normalised, weights) : topsis(s.normalised, weights, s.higherIsBetter).scores;

describe("scores along one criterion", () => {
  it("are the scores of a full rescoring with that criterion's weight moved", () => {
    fc.assert(
      fc.property(problem, fc.double({ min: 0, max: 1, noNaN: true }), (p, t) => {
        const s = scored(p);
        const along = s.method === "wsm" ? wsmAlong(s.normalised, s.weights) : topsisAlong(s.normalised, s.weights, s.higherIsBetter);
        const out = new Float64Array(s.normalised.rows);
        for (let j = 0; j < s.normalised.cols; j++) {
          along.prepare(j);
          const expected = rescored(s, shifted(s.weights, j, t));
          along.scoresAt(t, out).forEach((score, i) => expect(score).toBeCloseTo(expected[i]!, 12));
        }
      }),
      { numRuns: 300 },
    );
  });

  it("give the tornado the margins a full rescoring gives", () => {
    fc.assert(
      fc.property(problem, (p) => {
        const s = scored(p);
        const leader = s.order[0]!;
        const margin = (scores: Float64Array) => scores[leader]! - Math.max(...Array.from(scores).filter((_, i) => i !== leader));
        for (const bar of tornado(s)) {
          expect(bar.dropped).toBeCloseTo(margin(rescored(s, shifted(s.weights, bar.criterion, 0))), 12);
          expect(bar.doubled).toBeCloseTo(margin(rescored(s, shifted(s.weights, bar.criterion, Math.min(1, 2 * s.weights[bar.criterion]!)))), 12);
        }
      }),
      { numRuns: 300 },
    );
  });
});
