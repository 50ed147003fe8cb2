import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ahpPriorities, mostInconsistentJudgements, nearestOnSaatyScale, RANDOM_INDEX } from "@/lib/scoring/ahp";

const r = (x: number) => 1 / x;

/**
 * T. L. Saaty, "A scaling method for priorities in hierarchical structures", J. Math. Psych. 15
 * (1977), and The Analytic Hierarchy Process (1980): the relative wealth of seven nations (US,
 * USSR, China, France, UK, Japan, West Germany); published eigenvector .427 .230 .021 .052 .052
 * .123 .094, lambdaMax 7.61.
 */
const WEALTH = [
  [1, 4, 9, 6, 6, 5, 5],
  [r(4), 1, 7, 5, 5, 3, 4],
  [r(9), r(7), 1, r(5), r(5), r(7), r(5)],
  [r(6), r(5), 5, 1, 1, r(3), r(3)],
  [r(6), r(5), 5, 1, 1, r(3), r(3)],
  [r(5), r(3), 7, 3, 3, 1, 2],
  [r(5), r(4), 5, 3, 3, r(2), 1],
];

/**
 * T. L. Saaty, "How to make a decision: the Analytic Hierarchy Process", EJOR 48 (1990), Table 2:
 * the eight criteria for buying a house; published priorities .173 .054 .188 .018 .031 .036 .167
 * .333, lambdaMax 9.669, CI .238, CR .169 (inconsistent: the paper says so).
 */
const HOUSE = [
  [1, 5, 3, 7, 6, 6, r(3), r(4)],
  [r(5), 1, r(3), 5, 3, 3, r(5), r(7)],
  [r(3), 3, 1, 6, 3, 4, 6, r(5)],
  [r(7), r(5), r(6), 1, r(3), r(4), r(7), r(8)],
  [r(6), r(3), r(3), 3, 1, r(2), r(5), r(6)],
  [r(6), r(3), r(4), 4, 2, 1, r(5), r(6)],
  [3, 5, r(6), 7, 5, 5, 1, r(2)],
  [4, 7, 5, 8, 6, 6, 2, 1],
];

const expectRounded = (actual: readonly number[], published: readonly number[], digits: number) =>
  published.forEach((p, i) => expect(Math.abs(actual[i]! - p), `index ${i}: ${actual[i]} vs ${p}`).toBeLessThanOrEqual(0.5 * 10 ** -digits + 1e-12));

/** A consistent matrix a_ij = w_i / w_j from positive weights whose ratios stay within Saaty's [1/9, 9]. */
const consistent = fc.array(fc.double({ min: 1, max: 3, noNaN: true }), { minLength: 2, maxLength: 15 }).map((raw) => {
  const total = raw.reduce((s, x) => s + x, 0);
  const w = raw.map((x) => x / total);
  return { w, a: w.map((wi) => w.map((wj) => wi / wj)) };
});

describe("AHP (issue 15 §4)", () => {
  it("reproduces Saaty's relative wealth of nations", () => {
    const result = ahpPriorities(WEALTH);
    expectRounded(result.weights, [0.427, 0.23, 0.021, 0.052, 0.052, 0.123, 0.094], 3);
    expectRounded([result.lambdaMax], [7.61], 2);
    expect(result.consistent).toBe(true);
  });

  it("reproduces Saaty's house-buying criteria, inconsistent as published", () => {
    const result = ahpPriorities(HOUSE);
    expectRounded(result.weights, [0.173, 0.054, 0.188, 0.018, 0.031, 0.036, 0.167, 0.333], 3);
    expectRounded([result.lambdaMax, result.ci, result.cr], [9.669, 0.238, 0.169], 3);
    expect(result.cr).toBeCloseTo(result.ci / 1.41, 14);
    expect(result.consistent).toBe(false);
  });

  it("solves its eigenproblem to a tight tolerance: A w = lambdaMax w, weights summing to 1", () => {
    for (const a of [WEALTH, HOUSE]) {
      const { weights, lambdaMax } = ahpPriorities(a);
      expect(Math.abs(weights.reduce((s, w) => s + w, 0) - 1)).toBeLessThan(1e-14);
      a.forEach((row, i) => expect(Math.abs(row.reduce((s, x, j) => s + x * weights[j]!, 0) - lambdaMax * weights[i]!)).toBeLessThan(1e-12));
    }
  });

  it("gives a consistent matrix cr 0 and its exact weights", () => {
    fc.assert(
      fc.property(consistent, ({ w, a }) => {
        const result = ahpPriorities(a);
        w.forEach((wi, i) => expect(Math.abs(result.weights[i]! - wi)).toBeLessThan(1e-13));
        expect(Math.abs(result.lambdaMax - w.length)).toBeLessThan(1e-12);
        expect(result.ci).toBeLessThan(1e-12);
        expect(result.cr).toBeLessThan(1e-12);
        expect(result.consistent).toBe(true);
      }),
    );
  });

  it("gives two items cr 0 whatever the judgement", () => {
    const result = ahpPriorities([
      [1, 7],
      [r(7), 1],
    ]);
    expect(result.weights[0]).toBeCloseTo(7 / 8, 15);
    expect(result.cr).toBe(0);
  });

  it("uses Saaty's random indices as the issue gives them", () => {
    expect(RANDOM_INDEX).toEqual({
      1: 0,
      2: 0,
      3: 0.58,
      4: 0.9,
      5: 1.12,
      6: 1.24,
      7: 1.32,
      8: 1.41,
      9: 1.45,
      10: 1.49,
      11: 1.51,
      12: 1.48,
      13: 1.56,
      14: 1.57,
      15: 1.59,
    });
  });

  it("permuting the items permutes the weights", () => {
    const permutation = [3, 0, 6, 1, 5, 2, 4];
    const permuted = permutation.map((i) => permutation.map((j) => WEALTH[i]![j]!));
    const a = ahpPriorities(WEALTH).weights;
    const b = ahpPriorities(permuted).weights;
    permutation.forEach((from, to) => expect(b[to]).toBeCloseTo(a[from]!, 13));
  });
});

describe("the most inconsistent judgements", () => {
  it("names the judgement that was made inconsistent, suggesting the value the others imply", () => {
    // Consistent weights 4 : 3 : 2 : 1 : 1, then a_02 (2) turned round to 1/2, a_20 to 2.
    const w = [4, 3, 2, 1, 1];
    const a = w.map((wi, i) => w.map((wj, j) => (i === 0 && j === 2 ? 0.5 : i === 2 && j === 0 ? 2 : wi / wj)));
    const { weights } = ahpPriorities(a);
    const [worst] = mostInconsistentJudgements(a, weights);
    expect(worst).toMatchObject({ row: 0, column: 2, value: 0.5 });
    // The priorities, pulled by the bad judgement, still put item 0 at least level with item 2.
    expect(worst!.suggested).toBeGreaterThanOrEqual(1);
  });

  it("finds nothing to change in a consistent matrix", () => {
    const w = [0.5, 0.25, 0.125, 0.125];
    const a = w.map((wi) => w.map((wj) => wi / wj));
    expect(mostInconsistentJudgements(a, ahpPriorities(a).weights)).toEqual([]);
  });

  it("points at Saaty's house judgements worst first, at most as many as asked", () => {
    const found = mostInconsistentJudgements(HOUSE, ahpPriorities(HOUSE).weights, 2);
    expect(found).toHaveLength(2);
    expect(found[0]!.deviation).toBeGreaterThanOrEqual(found[1]!.deviation);
    // Neighbourhood over general condition (6): the priorities .188 / .167 imply about 1.
    expect(found[0]).toMatchObject({ row: 2, column: 6, value: 6, suggested: 1 });
  });

  it("rounds to Saaty's scale in ratio terms", () => {
    expect(nearestOnSaatyScale(1.3)).toBe(1);
    expect(nearestOnSaatyScale(1.5)).toBe(2);
    expect(nearestOnSaatyScale(40)).toBe(9);
    expect(nearestOnSaatyScale(0.3)).toBeCloseTo(1 / 3, 15);
    expect(nearestOnSaatyScale(0.001)).toBeCloseTo(1 / 9, 15);
  });
});
