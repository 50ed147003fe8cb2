import { describe, expect, it } from "vitest";
import { scoreMatrix, type ScoreInput } from "@/lib/scoring/score-matrix";
import type { Direction } from "@/lib/domain/vocabulary";
import type { RawMatrix } from "@/lib/scoring/types";

const directions: Direction[] = ["benefit", "cost", "benefit"];
const criteria = (weights: number[]) => weights.map((weight, j) => ({ id: `c${j}`, direction: directions[j]!, weight, bounds: { min: -2, max: 2 } }));
const matrix: RawMatrix = [
  [2, -1, null],
  [0, 1, 1],
  [-2, 2, -1],
  [1, null, 2],
];
const scored = (input: Partial<ScoreInput> & { weights: number[] }, values: RawMatrix = matrix) => {
  const result = scoreMatrix({ method: "wsm", missing: "mean", ...input, matrix: values, criteria: criteria(input.weights) });
  if (!result.ok) throw new Error(result.error);
  return result.value;
};

describe("scoreMatrix keeps a matrix's normalisation across weight changes", () => {
  it("reuses it for new weights, with the same scores as a fresh matrix of the same values", () => {
    const first = scored({ weights: [1, 1, 1] });
    const second = scored({ weights: [5, 1, 0] });
    expect(second.normalised).toBe(first.normalised);
    const fresh = scored(
      { weights: [5, 1, 0] },
      matrix.map((row) => [...row]),
    );
    expect(fresh.normalised).not.toBe(first.normalised);
    expect([...second.scores]).toEqual([...fresh.scores]);
    expect(second.ranks).toEqual(fresh.ranks);
  });

  it("normalises again for another missing-value policy or method", () => {
    const mean = scored({ weights: [1, 1, 1] });
    const worst = scored({ weights: [1, 1, 1], missing: "worst" });
    const topsis = scored({ weights: [1, 1, 1], method: "topsis" });
    expect(worst.normalised).not.toBe(mean.normalised);
    expect(topsis.normalised).not.toBe(mean.normalised);
    // The worst value fills the gaps: the first framework's missing benefit value is the scale's floor.
    expect([...worst.scores]).not.toEqual([...mean.scores]);
  });
});
