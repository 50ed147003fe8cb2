import { describe, expect, it } from "vitest";
import { aggregateWeights, normaliseMemberWeights, weightSpread } from "@/lib/panels/aggregate-weights";
import { concordanceBand, concordanceInWords, fractionalRanks, kendallsW } from "@/lib/panels/kendalls-w";
import { seededRandom } from "@/lib/random";

const criteria = ["a", "b", "c"];

describe("a panel's weights", () => {
  it("normalises a member's weights to shares, and has no shares for all zeros", () => {
    expect(normaliseMemberWeights({ a: 50, b: 25, c: 25 }, criteria)).toEqual({ a: 0.5, b: 0.25, c: 0.25 });
    expect(normaliseMemberWeights({ a: 2 }, criteria)).toEqual({ a: 1, b: 0, c: 0 });
    expect(normaliseMemberWeights({ a: 0, b: 0 }, criteria)).toBeNull();
  });

  it("aggregates by the arithmetic mean of shares: identical members give back their weights; scale does not matter", () => {
    const member = { a: 60, b: 30, c: 10 };
    const same = aggregateWeights([member, { a: 6, b: 3, c: 1 }, member], criteria, "arithmetic")!;
    for (const [c, w] of Object.entries({ a: 0.6, b: 0.3, c: 0.1 })) expect(same[c]).toBeCloseTo(w, 12);
    // (0.5 + 0.2) / 2, (0.5 + 0.2) / 2, (0 + 0.6) / 2
    const mixed = aggregateWeights(
      [
        { a: 1, b: 1, c: 0 },
        { a: 1, b: 1, c: 3 },
      ],
      criteria,
      "arithmetic",
    )!;
    expect(mixed.a).toBeCloseTo(0.35, 12);
    expect(mixed.c).toBeCloseTo(0.3, 12);
  });

  it("aggregates by the geometric mean renormalised, as for AHP (Aczél and Saaty 1983)", () => {
    // Shares (0.5, 0.3, 0.2) and (0.2, 0.3, 0.5): geometric means sqrt(0.1), 0.3, sqrt(0.1), then renormalised.
    const g = aggregateWeights(
      [
        { a: 5, b: 3, c: 2 },
        { a: 2, b: 3, c: 5 },
      ],
      criteria,
      "geometric",
    )!;
    const root = Math.sqrt(0.1);
    expect(g.a).toBeCloseTo(root / (2 * root + 0.3), 12);
    expect(g.b).toBeCloseTo(0.3 / (2 * root + 0.3), 12);
    expect(Object.values(g).reduce((x, y) => x + y, 0)).toBeCloseTo(1, 12);
    expect(
      aggregateWeights(
        [
          { a: 1, b: 1, c: 0 },
          { a: 1, b: 1, c: 1 },
        ],
        criteria,
        "geometric",
      )!.c,
    ).toBe(0);
    expect(aggregateWeights([], criteria, "geometric")).toBeNull();
  });

  it("measures the spread of the members' shares per criterion: range and population standard deviation", () => {
    const spread = weightSpread(
      [
        { a: 1, b: 1, c: 0 },
        { a: 1, b: 1, c: 3 },
      ],
      criteria,
    );
    expect(spread.c!.min).toBe(0);
    expect(spread.c!.max).toBeCloseTo(0.6, 12);
    expect(spread.c!.sd).toBeCloseTo(0.3, 12);
    expect(weightSpread([{ a: 1 }, { a: 7 }], criteria).a).toEqual({ min: 1, max: 1, sd: 0 });
  });
});

describe("Kendall's W", () => {
  it("ranks tied scores at the mean of their places", () => {
    expect(fractionalRanks([0.9, 0.5, 0.5, 0.1])).toEqual([1, 2.5, 2.5, 4]);
    expect(fractionalRanks([1, 1, 1])).toEqual([2, 2, 2]);
  });

  it("matches hand-worked examples without and with ties (Siegel and Castellan 1988, eq. 9.16 and 9.18)", () => {
    // Rank sums 4, 6, 8, 12 around a mean of 7.5: S = 35, W = 12 * 35 / (9 * 60) = 7/9.
    expect(
      kendallsW([
        [1, 2, 3, 4],
        [1, 3, 2, 4],
        [2, 1, 3, 4],
      ]),
    ).toBeCloseTo(7 / 9, 12);
    // One tie of two in the first ranking (T = 6): S = 42.5, W = 12 * 42.5 / (540 - 3 * 6) = 510 / 522.
    expect(
      kendallsW([
        [1, 2.5, 2.5, 4],
        [1, 2, 3, 4],
        [1, 2, 3, 4],
      ]),
    ).toBeCloseTo(510 / 522, 12);
  });

  it("is 1 when every ranking is the same, 0 when two rankings are reversed, and undefined below two rankings", () => {
    expect(
      kendallsW([
        [1, 2, 3],
        [1, 2, 3],
        [1, 2, 3],
      ]),
    ).toBe(1);
    expect(
      kendallsW([
        [1, 2.5, 2.5],
        [1, 2.5, 2.5],
      ]),
    ).toBe(1);
    expect(
      kendallsW([
        [1, 2, 3, 4],
        [4, 3, 2, 1],
      ]),
    ).toBe(0);
    expect(kendallsW([[1, 2, 3]])).toBeNull();
    expect(
      kendallsW([
        [1.5, 1.5],
        [1.5, 1.5],
      ]),
    ).toBeNull();
  });

  it("agrees with the mean pairwise Spearman correlation, r = (mW - 1) / (m - 1), for rankings without ties", () => {
    const random = seededRandom(4);
    for (let trial = 0; trial < 20; trial++) {
      const n = 3 + Math.floor(random() * 6);
      const m = 2 + Math.floor(random() * 5);
      const rankings = Array.from({ length: m }, () => fractionalRanks(Array.from({ length: n }, () => random())));
      let sum = 0;
      let pairs = 0;
      for (let i = 0; i < m; i++)
        for (let j = i + 1; j < m; j++) {
          const d2 = rankings[i]!.reduce((acc, r, k) => acc + (r - rankings[j]![k]!) ** 2, 0);
          sum += 1 - (6 * d2) / (n * (n * n - 1));
          pairs++;
        }
      expect((m * kendallsW(rankings)! - 1) / (m - 1)).toBeCloseTo(sum / pairs, 10);
    }
  });

  it("is read in words in Schmidt's bands", () => {
    expect([0.95, 0.75, 0.55, 0.35, 0.15, 0.05, null].map(concordanceInWords)).toEqual([
      "very strong agreement",
      "strong agreement",
      "moderate agreement",
      "weak agreement",
      "very weak agreement",
      "no agreement",
      "not defined (fewer than two answers)",
    ]);
    // The page says the same bands from its messages, by code; a band's lower bound belongs to it.
    expect([0.9, 0.7, 0.5, 0.3, 0.1, 0.0999, null].map(concordanceBand)).toEqual(["veryStrong", "strong", "moderate", "weak", "veryWeak", "none", "undefined"]);
  });
});
