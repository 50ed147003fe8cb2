import { describe, expect, it } from "vitest";
import type { Direction } from "@/lib/domain/vocabulary";
import { keptPerMatrix } from "@/lib/scoring/kept-per-matrix";
import { promethee2Method } from "@/lib/scoring/methods/promethee2";
import type { PreferenceFunction } from "@/lib/scoring/promethee";
import type { RawMatrix } from "@/lib/scoring/types";

describe("keptPerMatrix", () => {
  it("computes once per matrix and key, and again for another matrix of the same values", () => {
    const matrix: RawMatrix = [[1, 2]];
    let calls = 0;
    const compute = () => ({ call: ++calls });
    const first = keptPerMatrix(matrix, "a", compute);
    expect(keptPerMatrix(matrix, "a", compute)).toBe(first);
    expect(keptPerMatrix(matrix, "b", compute)).not.toBe(first);
    expect(keptPerMatrix([[1, 2]], "a", compute)).not.toBe(first);
    expect(calls).toBe(3);
  });

  it("keeps a bounded number of settings per matrix", () => {
    const matrix: RawMatrix = [[1]];
    let calls = 0;
    for (let k = 0; k < 40; k++) keptPerMatrix(matrix, `k${k}`, () => ++calls);
    expect(calls).toBe(40);
    // The oldest were let go: asking again computes again.
    keptPerMatrix(matrix, "k0", () => ++calls);
    expect(calls).toBe(41);
  });
});

describe("PROMETHEE II keeps its pairwise preferences across weight changes, and only those", () => {
  const directions: Direction[] = ["benefit", "cost", "benefit"];
  const matrix: RawMatrix = [
    [2, -1, null],
    [0, 1, 1],
    [-2, 2, -1],
    [1, null, 2],
  ];
  const score = (values: RawMatrix, weights: number[], preferences: PreferenceFunction[] = [], missing: "mean" | "worst" = "mean") => {
    const criteria = weights.map((weight, j) => ({ id: `c${j}`, direction: directions[j]!, weight, bounds: { min: -2, max: 2 } }));
    const result = promethee2Method.score(
      { criteria, matrix: values, missing },
      criteria.map((_, j) => (preferences[j] ? { preference: preferences[j] } : {})),
    );
    if (!result.ok) throw new Error(result.error);
    return [...result.value.scores];
  };
  const fresh = () => matrix.map((row) => [...row]);

  it("scores new weights on the same matrix as it scores them on a fresh copy", () => {
    score(matrix, [1, 1, 1]);
    expect(score(matrix, [5, 1, 0])).toEqual(score(fresh(), [5, 1, 0]));
  });

  it("recomputes when a preference function or the missing-value policy changes", () => {
    const linear: PreferenceFunction = { type: "linear", q: 0.5, p: 3 };
    const usual = score(matrix, [1, 2, 1]);
    const withLinear = score(matrix, [1, 2, 1], [linear]);
    expect(withLinear).not.toEqual(usual);
    expect(withLinear).toEqual(score(fresh(), [1, 2, 1], [linear]));
    const worst = score(matrix, [1, 2, 1], [], "worst");
    expect(worst).not.toEqual(usual);
    expect(worst).toEqual(score(fresh(), [1, 2, 1], [], "worst"));
  });
});
