import { describe, expect, it } from "vitest";
import { pairwiseResponseWeights } from "@/lib/panels/pairwise-response-weights";
import { CATEGORY_MATRIX, pairwiseStructure } from "@/lib/pairwise/pairwise-structure";
import { judgementOf } from "@/lib/pairwise/saaty-judgement";

const categories = [
  { slug: "who", name: "Who is in" },
  { slug: "how", name: "How it works" },
];
const criteria = [
  { slug: "a", name: "A", category: "who" },
  { slug: "b", name: "B", category: "who" },
  { slug: "c", name: "C", category: "who" },
  { slug: "d", name: "D", category: "how" },
];
const matrices = pairwiseStructure(categories, criteria);

describe("a panel member's weights from pairwise answers", () => {
  it("are the AHP's global weights: exact for consistent answers, and they sum to 1", () => {
    // Categories: "who" 3 times as important as "how" (3/4 and 1/4). Within "who": a = 2b = 4c (4/7, 2/7, 1/7).
    const answers = new Map([
      [CATEGORY_MATRIX, [judgementOf(3)]],
      ["who", [judgementOf(2), judgementOf(4), judgementOf(2)]],
    ]);
    const { weights, inconsistent } = pairwiseResponseWeights(matrices, answers);
    expect(inconsistent).toEqual([]);
    expect(weights.a).toBeCloseTo((3 / 4) * (4 / 7), 12);
    expect(weights.b).toBeCloseTo((3 / 4) * (2 / 7), 12);
    expect(weights.c).toBeCloseTo((3 / 4) * (1 / 7), 12);
    // "how" holds one criterion: it takes its category's whole weight.
    expect(weights.d).toBeCloseTo(1 / 4, 12);
    expect(Object.values(weights).reduce((s, w) => s + w, 0)).toBeCloseTo(1, 12);
  });

  it("name the matrices whose answers contradict each other", () => {
    // a > b, b > c, but c > a, each strongly: a cycle.
    const answers = new Map([["who", [judgementOf(5), judgementOf(1 / 5), judgementOf(5)]]]);
    expect(pairwiseResponseWeights(matrices, answers).inconsistent).toEqual(["who"]);
  });

  it("without answers weigh everything equally within each matrix", () => {
    const { weights } = pairwiseResponseWeights(matrices, new Map());
    expect(weights.a).toBeCloseTo(1 / 6, 12);
    expect(weights.d).toBeCloseTo(1 / 2, 12);
  });
});
