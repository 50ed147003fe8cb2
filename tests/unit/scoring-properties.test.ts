import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { flipThresholds } from "@/lib/scoring/analyze";
import { TIE_TOLERANCE } from "@/lib/scoring/rank";
import { scoreMatrix, type ScoreInput, type Scored } from "@/lib/scoring/score-matrix";
import type { CriterionSpec, MissingPolicy, NormalizationMethod, ScoringMethod } from "@/lib/scoring/types";
import { normaliseWeights } from "@/lib/scoring/weights";

const NUM_RUNS = 200;
const METHODS: ScoringMethod[] = ["wsm", "topsis"];
const NORMALIZATIONS: NormalizationMethod[] = ["minmax", "max", "sum", "vector"];
const POLICIES: MissingPolicy[] = ["worst", "mean", "best"];

type Direction = CriterionSpec["direction"];
type Problem = { matrix: (number | null)[][]; directions: Direction[]; weights: number[]; missing: MissingPolicy; normalization: NormalizationMethod };

// Integers and two-decimal values in -5..5: both kinds of data the app scores.
const value = fc.oneof(
  fc.integer({ min: -5, max: 5 }),
  fc.integer({ min: -500, max: 500 }).map((k) => k / 100),
);
// x / max, min / x and x / sum are ratio scales, defined for positive data only: on columns
// that cross zero they reverse or blow up (min / x for x near 0), so they get 0.01..5.
const positiveValue = fc.oneof(
  fc.integer({ min: 1, max: 5 }),
  fc.integer({ min: 1, max: 500 }).map((k) => k / 100),
);
// Positive double weights stay above 1e-6 so that scaling them by 1e-3 cannot underflow to 0.
const weight = fc.oneof(fc.integer({ min: 0, max: 10 }), fc.double({ min: 1e-6, max: 1, noNaN: true }));

function problem(options: { nulls: boolean }): fc.Arbitrary<Problem> {
  return fc.tuple(fc.integer({ min: 2, max: 8 }), fc.integer({ min: 1, max: 6 }), fc.constantFrom(...NORMALIZATIONS)).chain(([rows, cols, normalization]) => {
    const cell = normalization === "max" || normalization === "sum" ? positiveValue : value;
    return fc.record({
      matrix: fc.array(fc.array(options.nulls ? fc.option(cell, { nil: null, freq: 5 }) : cell, { minLength: cols, maxLength: cols }), {
        minLength: rows,
        maxLength: rows,
      }),
      directions: fc.array(fc.constantFrom<Direction>("benefit", "cost"), { minLength: cols, maxLength: cols }),
      weights: fc.array(weight, { minLength: cols, maxLength: cols }).filter((ws) => ws.some((w) => w > 0)),
      missing: fc.constantFrom(...POLICIES),
      normalization: fc.constant(normalization),
    });
  });
}

const criteriaOf = (p: Pick<Problem, "directions" | "weights">): CriterionSpec[] =>
  p.directions.map((direction, j) => ({ id: `c${j}`, direction, weight: p.weights[j]! }));

const inputOf = (p: Problem, method: ScoringMethod, normalization = p.normalization): ScoreInput => ({
  method,
  normalization,
  missing: p.missing,
  criteria: criteriaOf(p),
  matrix: p.matrix,
});

function score(input: ScoreInput): Scored {
  const r = scoreMatrix(input);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

const maxDiff = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  let d = 0;
  for (let i = 0; i < a.length; i++) d = Math.max(d, Math.abs(a[i]! - b[i]!));
  return d;
};

/** Gap between the best and the second-best score; Infinity with one alternative. */
function topGap(scores: ArrayLike<number>): number {
  const sorted = Array.from(scores).sort((a, b) => b - a);
  return sorted.length < 2 ? Infinity : sorted[0]! - sorted[1]!;
}

/**
 * The normalised weights with criterion j set to t and the others keeping their proportions
 * (w_k(t) = (1 - t) w_k / (1 - w_j)); equal shares when j held all the weight, as the engine does.
 */
function weightsAt(w: Float64Array, j: number, t: number): number[] {
  const rest = 1 - w[j]!;
  return Array.from(w, (wk, k) => (k === j ? t : rest > 1e-12 ? ((1 - t) * wk) / rest : (1 - t) / (w.length - 1)));
}

/**
 * The leader (order[0]) when criterion j's weight is t, or null when the top two are within
 * the tie tolerance: there the ranking itself gives them rank 1 both and "the leader" is moot.
 */
function leaderAt(input: ScoreInput, weights: Float64Array, j: number, t: number): number | null {
  const w = weightsAt(weights, j, t);
  const s = score({ ...input, criteria: input.criteria.map((c, k) => ({ ...c, weight: w[k]! })) });
  return topGap(s.scores) <= TIE_TOLERANCE ? null : s.order[0]!;
}

describe("scoring properties", () => {
  it("normalised weights are non-negative and sum to 1", () => {
    fc.assert(
      fc.property(
        fc.array(weight, { minLength: 1, maxLength: 12 }).filter((ws) => ws.some((w) => w > 0)),
        (ws) => {
          const r = normaliseWeights(ws);
          expect(r.ok).toBe(true);
          if (!r.ok) return;
          expect(Math.abs(r.value.reduce((a, b) => a + b, 0) - 1)).toBeLessThanOrEqual(1e-12);
          r.value.forEach((w) => expect(w).toBeGreaterThanOrEqual(0));
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  for (const method of METHODS) {
    describe(method, () => {
      it("is unchanged when every weight is scaled by a positive constant", () => {
        fc.assert(
          fc.property(problem({ nulls: true }), fc.double({ min: 1e-3, max: 1e3, noNaN: true }), (p, c) => {
            const a = score(inputOf(p, method));
            const b = score(inputOf({ ...p, weights: p.weights.map((w) => w * c) }, method));
            expect(maxDiff(a.scores, b.scores)).toBeLessThanOrEqual(1e-9);
          }),
          { numRuns: NUM_RUNS },
        );
      });

      it("permuting the alternatives permutes the scores", () => {
        const withPermutation = problem({ nulls: true }).chain((p) =>
          fc.tuple(
            fc.constant(p),
            fc.shuffledSubarray(
              p.matrix.map((_, i) => i),
              { minLength: p.matrix.length, maxLength: p.matrix.length },
            ),
          ),
        );
        fc.assert(
          fc.property(withPermutation, ([p, perm]) => {
            const a = score(inputOf(p, method));
            const b = score(inputOf({ ...p, matrix: perm.map((i) => p.matrix[i]!) }, method));
            perm.forEach((from, to) => expect(Math.abs(b.scores[to]! - a.scores[from]!)).toBeLessThanOrEqual(1e-9));
          }),
          { numRuns: NUM_RUNS },
        );
      });

      it("never ranks a dominated alternative above its dominator", () => {
        const normalization: NormalizationMethod = method === "wsm" ? "minmax" : "vector";
        const withDominated = problem({ nulls: false }).chain((p) =>
          fc.tuple(
            fc.constant(p),
            fc.integer({ min: 0, max: p.matrix.length - 1 }),
            fc.array(fc.integer({ min: 0, max: 3 }), { minLength: p.directions.length, maxLength: p.directions.length }).filter((d) => d.some((x) => x > 0)),
          ),
        );
        fc.assert(
          fc.property(withDominated, ([p, a, worse]) => {
            // Worse by `worse[j]` on each criterion, in the criterion's direction.
            const dominated = p.matrix[a]!.map((x, j) => x! + (p.directions[j] === "benefit" ? -worse[j]! : worse[j]!));
            const matrix = [...p.matrix, dominated];
            const b = matrix.length - 1;
            const s = score(inputOf({ ...p, matrix }, method, normalization));
            expect(s.scores[b]!).toBeLessThanOrEqual(s.scores[a]! + TIE_TOLERANCE);
            expect(s.ranks[b]!).toBeGreaterThanOrEqual(s.ranks[a]!);
          }),
          { numRuns: NUM_RUNS },
        );
      });

      it("gives finite scores, ranks 1..n best first, with missing values", () => {
        fc.assert(
          fc.property(problem({ nulls: true }), (p) => {
            const s = score(inputOf(p, method));
            s.scores.forEach((x) => expect(Number.isFinite(x)).toBe(true));
            s.contributions.forEach((x) => expect(Number.isFinite(x)).toBe(true));
            if (method === "topsis") {
              s.scores.forEach((x) => {
                expect(x).toBeGreaterThanOrEqual(0);
                expect(x).toBeLessThanOrEqual(1);
              });
            }
            expect([...s.order].sort((x, y) => x - y)).toEqual(p.matrix.map((_, i) => i));
            for (let k = 1; k < s.order.length; k++) {
              expect(s.scores[s.order[k]!]!).toBeLessThanOrEqual(s.scores[s.order[k - 1]!]! + TIE_TOLERANCE);
              expect(s.ranks[s.order[k]!]!).toBeGreaterThanOrEqual(s.ranks[s.order[k - 1]!]!);
            }
            expect(s.ranks[s.order[0]!]).toBe(1);
          }),
          { numRuns: NUM_RUNS },
        );
      });

      it("changes the leader at each reported flip point", () => {
        // Exact for the weighted sum; TOPSIS promises 1e-4.
        const margin = method === "wsm" ? 1e-6 : 1e-4;
        fc.assert(
          fc.property(problem({ nulls: true }), (p) => {
            const input = inputOf(p, method, method === "wsm" ? p.normalization : p.normalization === "minmax" ? "minmax" : "vector");
            const s = score(input);
            fc.pre(topGap(s.scores) > TIE_TOLERANCE);
            const leader = s.order[0]!;
            for (const f of flipThresholds(s)) {
              const at = (t: number) => leaderAt(input, s.weights, f.criterion, t);
              const expectLeader = (t: number, same: boolean) => {
                const l = at(t);
                if (l === null) return;
                if (same) expect(l, `criterion ${f.criterion} at t=${t} (weight ${f.weight})`).toBe(leader);
                else expect(l, `criterion ${f.criterion} at t=${t} (weight ${f.weight})`).not.toBe(leader);
              };
              if (f.lowerFlip !== null) {
                expect(f.lowerFlip).toBeGreaterThanOrEqual(0);
                expect(f.lowerFlip).toBeLessThan(f.weight);
                if (f.lowerFlip - margin >= 0) expectLeader(f.lowerFlip - margin, false);
                if (f.lowerFlip + margin < f.weight) expectLeader(f.lowerFlip + margin, true);
              }
              if (f.upperFlip !== null) {
                expect(f.upperFlip).toBeGreaterThan(f.weight);
                expect(f.upperFlip).toBeLessThanOrEqual(1);
                if (f.upperFlip + margin <= 1) expectLeader(f.upperFlip + margin, false);
                if (f.upperFlip - margin > f.weight) expectLeader(f.upperFlip - margin, true);
              }
            }
          }),
          { numRuns: NUM_RUNS },
        );
      });
    });
  }

  it("wsm contributions sum to the score", () => {
    fc.assert(
      fc.property(problem({ nulls: true }), (p) => {
        const s = score(inputOf(p, "wsm"));
        const cols = p.directions.length;
        s.scores.forEach((x, i) => {
          let sum = 0;
          for (let j = 0; j < cols; j++) sum += s.contributions[i * cols + j]!;
          expect(Math.abs(sum - x)).toBeLessThanOrEqual(1e-9);
        });
      }),
      { numRuns: NUM_RUNS },
    );
  });

  // Hundreds of runs of the engine: seconds on a loaded two-core machine.
  it("wsm misses no flip: the leader holds everywhere strictly between lowerFlip and upperFlip", () => {
    const GRID = 400;
    fc.assert(
      fc.property(problem({ nulls: true }), (p) => {
        const input = inputOf(p, "wsm");
        const s = score(input);
        fc.pre(topGap(s.scores) > TIE_TOLERANCE);
        const leader = s.order[0]!;
        for (const f of flipThresholds(s)) {
          const low = f.lowerFlip ?? 0;
          const high = f.upperFlip ?? 1;
          for (let g = 1; g < GRID; g++) {
            const t = g / GRID;
            if (t <= low + 1e-6 || t >= high - 1e-6) continue;
            const l = leaderAt(input, s.weights, f.criterion, t);
            if (l !== null) expect(l, `criterion ${f.criterion} at t=${t}: flips ${low}..${high}, weight ${f.weight}`).toBe(leader);
          }
        }
      }),
      { numRuns: NUM_RUNS },
    );
  }, 30_000);
});
