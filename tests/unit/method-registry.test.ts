import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { flipThresholds } from "@/lib/scoring/analyze";
import type { Problem } from "@/lib/scoring/methods/method";
import { METHOD_IDS, methodOf, SCORING_METHOD_MODULES } from "@/lib/scoring/methods/registry";
import { defaultNormalization, scoreMatrix } from "@/lib/scoring/score-matrix";
import type { CriterionSpec, ScoringMethod } from "@/lib/scoring/types";

const MATRIX_METHODS: ScoringMethod[] = ["wsm", "topsis"];

const problem: fc.Arbitrary<Problem> = fc.tuple(fc.integer({ min: 2, max: 7 }), fc.integer({ min: 1, max: 5 })).chain(([rows, cols]) =>
  fc.record({
    criteria: fc
      .array(fc.record({ direction: fc.constantFrom<CriterionSpec["direction"]>("benefit", "cost"), weight: fc.integer({ min: 0, max: 9 }) }), {
        minLength: cols,
        maxLength: cols,
      })
      .filter((cs) => cs.some((c) => c.weight > 0))
      .map((cs) => cs.map((c, j) => ({ id: `c${j}`, ...c }))),
    matrix: fc.array(fc.array(fc.option(fc.integer({ min: -5, max: 5 }), { nil: null, freq: 6 }), { minLength: cols, maxLength: cols }), {
      minLength: rows,
      maxLength: rows,
    }),
  }),
);

describe("the method registry", () => {
  it("lists each method once", () => {
    expect(new Set(METHOD_IDS).size).toBe(SCORING_METHOD_MODULES.length);
    expect(METHOD_IDS).toEqual(SCORING_METHOD_MODULES.map((m) => m.id));
  });

  it.each(MATRIX_METHODS)("%s wraps the engine of /compare: the same scores, ranks, contributions and flips", (id) => {
    const method = methodOf(id);
    expect(method.normalizations[0]).toBe(defaultNormalization(id));
    fc.assert(
      fc.property(problem, (p) => {
        const direct = scoreMatrix({ method: id, criteria: p.criteria, matrix: p.matrix });
        const evaluated = method.score(p, p.criteria);
        expect(direct.ok && evaluated.ok).toBe(true);
        if (!direct.ok || !evaluated.ok) return;
        const e = evaluated.value;
        expect(e.normalization).toBe(direct.value.normalization);
        expect(e.contributionKind).toBe(method.contributionKind);
        expect(Array.from(e.scores)).toEqual(Array.from(direct.value.scores));
        expect(e.ranks).toEqual(direct.value.ranks);
        expect(Array.from(e.contributions)).toEqual(Array.from(direct.value.contributions));
        expect(e.sensitivity?.flips()).toEqual(flipThresholds(direct.value));
      }),
      { numRuns: 100 },
    );
  });

  it.each(METHOD_IDS)("%s scores any weights through its weight scorer as it scores them in full", (id) => {
    const method = methodOf(id);
    fc.assert(
      fc.property(problem, (p) => {
        const evaluated = method.score(p, p.criteria);
        const scorer = method.weightScorer(p, p.criteria);
        if (!evaluated.ok || !scorer.ok) throw new Error("refused");
        const scores = scorer.value(evaluated.value.weights, new Float64Array(p.matrix.length));
        scores.forEach((s, i) => expect(s).toBeCloseTo(evaluated.value.scores[i]!, 12));
      }),
      { numRuns: 100 },
    );
  });

  it("says what each method's contributions are", () => {
    expect(Object.fromEntries(SCORING_METHOD_MODULES.map((m) => [m.id, m.contributionKind]))).toEqual({
      wsm: "additive",
      topsis: "distance",
      promethee2: "flows",
    });
  });
});
