import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ahpGlobalWeights, ahpUrlWeights } from "@/lib/pairwise/ahp-url-weights";
import { applyToCompareHref } from "@/lib/pairwise/apply-to-compare";
import { comparisonMatrix, evaluatePairwise, type PairwiseResult } from "@/lib/pairwise/evaluate-pairwise";
import { answersFor, MAX_ANSWERS_PARAM, parsePairwiseAnswers, serializePairwiseAnswers } from "@/lib/pairwise/pairwise-answers";
import { CATEGORY_MATRIX, pairCount, pairsOf, pairwiseStructure, type PairwiseMatrix } from "@/lib/pairwise/pairwise-structure";
import { createTranslator } from "use-intl/core";
import { judgementWords } from "@/components/pairwise/judgement-words";
import { judgementOf, saatyValueOf } from "@/lib/pairwise/saaty-judgement";
import ar from "@/messages/ar.json";
import en from "@/messages/en.json";
import ru from "@/messages/ru.json";
import { effectiveWeights, resolveWeights } from "@/lib/scoring/effective-weights";
import { parseWeightMap } from "@/lib/url-state/compare-params";
import { noticeInEnglish } from "@/lib/url-state/param-notice";

const CATEGORIES = [
  { slug: "security", name: "Security" },
  { slug: "economy", name: "Economy" },
  { slug: "empty", name: "Empty" },
  { slug: "law", name: "Law" },
];
const CRITERIA = [
  { slug: "deterrence", name: "Deterrence", category: "security" },
  { slug: "escalation", name: "Escalation", category: "security" },
  { slug: "bases", name: "Bases", category: "security" },
  { slug: "trade", name: "Trade", category: "economy" },
  { slug: "oil", name: "Oil", category: "economy" },
  { slug: "treaty", name: "Treaty", category: "law" },
];
const STRUCTURE = pairwiseStructure(CATEGORIES, CRITERIA);

const resultsOf = (matrices: readonly PairwiseMatrix[], answers: ReadonlyMap<string, readonly number[]>) =>
  new Map<string, PairwiseResult>(matrices.map((m) => [m.key, evaluatePairwise(m, answers.get(m.key))]));

describe("Saaty's scale as judgements", () => {
  it("runs from 1/9 (the second item extremely more important) through 1 to 9, and back", () => {
    expect([-8, -4, -1, 0, 1, 4, 8].map(saatyValueOf)).toEqual([1 / 9, 1 / 5, 1 / 2, 1, 2, 5, 9]);
    for (let k = -8; k <= 8; k++) expect(judgementOf(saatyValueOf(k))).toBe(k);
  });

  it("says a judgement in Saaty's words, either way round, in each language and its digits", () => {
    const words = (locale: string, messages: typeof en) => {
      const t = createTranslator({ locale, messages, namespace: "pairwise" }) as unknown as Parameters<typeof judgementWords>[0];
      return (k: number) => judgementWords(t, k, "A", "B");
    };
    const english = words("en", en);
    expect(english(0)).toBe("A and B are equally important (1)");
    expect(english(2)).toBe("A is moderately more important than B (3)");
    expect(english(-4)).toBe("B is strongly more important than A (5)");
    expect(english(-7)).toBe("B is very strongly to extremely more important than A (8)");
    expect(english(8)).toBe("A is extremely more important than B (9)");
    expect(words("ar-u-nu-arab", ar)(-4)).toBe("B أهم بدرجة قوية من A (٥)");
    expect(words("ru", ru)(2)).toBe("«A» умеренно важнее, чем «B» (3)");
  });
});

describe("the questionnaire's matrices", () => {
  it("asks the categories that hold criteria, then each category's criteria; one item is not asked", () => {
    expect(STRUCTURE.map((m) => [m.key, m.items.map((i) => i.slug), m.askable])).toEqual([
      [CATEGORY_MATRIX, ["security", "economy", "law"], true],
      ["security", ["deterrence", "escalation", "bases"], true],
      ["economy", ["trade", "oil"], true],
      ["law", ["treaty"], false],
    ]);
    expect(pairsOf(3)).toEqual([
      [0, 1],
      [0, 2],
      [1, 2],
    ]);
  });

  it("does not ask more than 15 items (POST /api/ahp's bound): they keep equal weights", () => {
    const many = Array.from({ length: 16 }, (_, i) => ({ slug: `c${i}`, name: `C${i}`, category: "security" }));
    const [, security] = pairwiseStructure(CATEGORIES, many);
    expect(security!.askable).toBe(false);
    expect(evaluatePairwise(security!, undefined).weights).toEqual(new Array(16).fill(1 / 16));
  });
});

describe("the ahp= parameter", () => {
  it("reads each matrix's judgements as intensities, '-' when the second item is the more important", () => {
    const { answers, ignored } = parsePairwiseAnswers("_:3-51,security:1-79");
    expect(ignored).toEqual([]);
    expect([...answers]).toEqual([
      ["_", [2, -4, 0]],
      ["security", [0, -6, 8]],
    ]);
  });

  it("ignores, with a sentence each, blocks that are malformed, repeated or too long, and keeps the others", () => {
    const { answers, ignored } = parsePairwiseAnswers("_:3-51,security:-1,Bad:3,economy:30,security:2,_:5");
    expect([...answers.keys()]).toEqual(["_", "security"]);
    expect(answers.get("security")).toEqual([1]);
    expect(ignored).toHaveLength(4);
    expect(noticeInEnglish(ignored[0]!)).toMatch(/"security:-1" is not of the form/);
    expect(noticeInEnglish(ignored[3]!)).toMatch(/"_" are given twice/);
    expect(parsePairwiseAnswers("_:3".repeat(MAX_ANSWERS_PARAM)).ignored.map(noticeInEnglish)).toEqual([
      `Ignored ahp: longer than ${MAX_ANSWERS_PARAM} characters.`,
    ]);
  });

  it("writes what it reads, leaving out matrices answered 'equal' throughout", () => {
    const judgement = fc.integer({ min: -8, max: 8 });
    fc.assert(
      fc.property(fc.array(judgement, { minLength: 3, maxLength: 3 }), fc.array(judgement, { minLength: 1, maxLength: 1 }), (top, economy) => {
        const answers = new Map([
          [CATEGORY_MATRIX, top],
          ["economy", economy],
        ]);
        const back = parsePairwiseAnswers(serializePairwiseAnswers(answers)).answers;
        for (const [key, judgements] of answers) expect(back.get(key) ?? [0, 0, 0].slice(0, judgements.length)).toEqual(judgements);
      }),
    );
    expect(serializePairwiseAnswers(new Map([["_", [0, 0, 0]]]))).toBe("");
  });

  it("keeps only the answers that fit the questionnaire (the data may have changed since the link)", () => {
    const parsed = parsePairwiseAnswers("_:3-5,security:357,law:3,unknown:3,economy:4").answers;
    const { answers, ignored } = answersFor(STRUCTURE, parsed);
    expect([...answers]).toEqual([
      ["security", [2, 4, 6]],
      ["economy", [3]],
    ]);
    expect(ignored.map(noticeInEnglish)).toEqual([
      "Ignored ahp: 2 answers for the categories, which has 3 items and so 3 pairs.",
      'Ignored ahp: "law" is not a category whose criteria are compared in pairs here.',
      'Ignored ahp: "unknown" is not a category whose criteria are compared in pairs here.',
    ]);
  });
});

describe("a matrix's weights and consistency", () => {
  const trio = STRUCTURE[1]!;

  it("gives a consistent matrix's exact ratios and a consistency ratio of 0", () => {
    // deterrence = 2 x escalation = 4 x bases: judgements 2, 4 and 2 (intensities), i.e. 1, 3, 1.
    const r = evaluatePairwise(trio, [1, 3, 1]);
    expect(r.weights.map((w) => w * 7)).toEqual([expect.closeTo(4, 10), expect.closeTo(2, 10), expect.closeTo(1, 10)]);
    expect(r.cr).toBeCloseTo(0, 10);
    expect(r.consistent).toBe(true);
    expect(r.suggestions).toEqual([]);
  });

  it("builds the positive reciprocal matrix the judgements describe", () => {
    expect(comparisonMatrix(3, [2, -4, 0])).toEqual([
      [1, 3, 1 / 5],
      [1 / 3, 1, 1],
      [5, 1, 1],
    ]);
  });

  it("finds a circular set of answers inconsistent and suggests a value that brings the ratio down", () => {
    // Deterrence over escalation, escalation over bases, and yet bases over deterrence.
    const circular = [4, -4, 4];
    const r = evaluatePairwise(trio, circular);
    expect(r.cr).toBeGreaterThan(0.1);
    expect(r.consistent).toBe(false);
    expect(r.suggestions.length).toBeGreaterThan(0);
    const [worst] = r.suggestions;
    expect(worst!.given).toBe(circular[worst!.pair]);
    expect(worst!.suggested).not.toBe(worst!.given);
    const fixed = circular.with(worst!.pair, worst!.suggested);
    expect(evaluatePairwise(trio, fixed).cr).toBeLessThan(r.cr);
  });
});

describe("AHP weights onto /compare's 0-100 sliders", () => {
  const judgements = fc.array(fc.integer({ min: -8, max: 8 }), { minLength: 105, maxLength: 105 });
  /** A random questionnaire: 2 to 6 categories of 1 to 15 criteria, and random answers to every matrix. */
  const questionnaire = fc
    .tuple(fc.array(fc.integer({ min: 1, max: 15 }), { minLength: 2, maxLength: 6 }), fc.array(judgements, { minLength: 7, maxLength: 7 }))
    .map(([sizes, answers]) => {
      const categories = sizes.map((_, k) => ({ slug: `cat${k}`, name: `Category ${k}` }));
      const criteria = sizes.flatMap((size, k) => Array.from({ length: size }, (_, i) => ({ slug: `c${k}-${i}`, name: `C${k}.${i}`, category: `cat${k}` })));
      const matrices = pairwiseStructure(categories, criteria);
      const given = new Map(matrices.map((m, k) => [m.key, answers[k]!.slice(0, pairCount(m.items.length))]));
      return { categories, criteria, matrices, results: resultsOf(matrices, given) };
    });
  /** /compare's effective weights (criterion x category, normalised) for slider values. */
  const effective = (q: { categories: { slug: string }[]; criteria: { slug: string; category: string }[] }, w: ReturnType<typeof ahpUrlWeights>) =>
    effectiveWeights(
      q.criteria,
      resolveWeights(
        q.criteria,
        q.categories.map((c) => c.slug),
        undefined,
        w,
      ),
    ).normalised!;

  it("reproduces the AHP global weights exactly before rounding", () => {
    fc.assert(
      fc.property(questionnaire, (q) => {
        const target = ahpGlobalWeights(q.matrices, q.results);
        const got = effective(q, ahpUrlWeights(q.matrices, q.results, { exact: true }));
        q.criteria.forEach((c, j) => expect(got[j]).toBeCloseTo(target[c.slug]!, 12));
        // The panel's shares are the AHP's too: each category's, and each criterion's within its category.
        const shares = effectiveWeights(
          q.criteria,
          resolveWeights(
            q.criteria,
            q.categories.map((c) => c.slug),
            undefined,
            ahpUrlWeights(q.matrices, q.results, { exact: true }),
          ),
        );
        q.matrices[0]!.items.forEach((c, i) => expect(shares.categoryShare[c.slug]).toBeCloseTo(q.results.get(CATEGORY_MATRIX)!.weights[i]!, 12));
      }),
    );
  });

  it("rounds to whole numbers from 1 to 100 whose effective weights match to rounding", () => {
    fc.assert(
      fc.property(questionnaire, (q) => {
        const exact = ahpUrlWeights(q.matrices, q.results, { exact: true });
        const rounded = ahpUrlWeights(q.matrices, q.results);
        for (const kind of ["criterion", "category"] as const) {
          expect(Math.max(...Object.values(rounded[kind]))).toBe(100);
          for (const v of Object.values(rounded[kind])) expect(Number.isInteger(v) && v >= 1 && v <= 100).toBe(true);
        }
        // A criterion's slider is the nearest whole number, or 1 for a weight the AHP made positive that would round to 0.
        for (const [slug, v] of Object.entries(rounded.criterion))
          expect(Math.abs(v - exact.criterion[slug]!)).toBeLessThanOrEqual(exact.criterion[slug]! < 0.5 ? 1 : 0.5);
        // The error of each effective weight, relative: its own slider's rounding, its category's rounded sum, and the
        // rounding of the category sliders (its own and, through the normalisation, the worst other).
        const rounding = (v: number, exactValue: number) => Math.abs(v - exactValue) / exactValue;
        const target = ahpGlobalWeights(q.matrices, q.results);
        const got = effective(q, rounded);
        const categoryRounding = Math.max(...q.matrices[0]!.items.map((c) => (rounded.category[c.slug]! < 1.5 ? 1 : 0.5) / rounded.category[c.slug]!));
        // Each category's share of the effective weight moves only by the rounding of the category sliders: the
        // category slider makes up for how far its criteria's rounded sum fell.
        const categoryWeights = q.results.get(CATEGORY_MATRIX)!.weights;
        // At most half a unit of rounding (a whole one for a weight floored at 1), relative to the slider's value.
        const sliderError = (slug: string) => (rounded.category[slug]! < 1.5 ? 1 : 0.5) / rounded.category[slug]!;
        // The normalisation divides by the sum, whose error is the categories' errors weighted by their shares.
        const sumError = q.matrices[0]!.items.reduce((s, c, k) => s + categoryWeights[k]! * sliderError(c.slug), 0);
        q.matrices[0]!.items.forEach((category, k) => {
          const share = q.criteria.reduce((s, c, j) => s + (c.category === category.slug ? got[j]! : 0), 0);
          const ahp = categoryWeights[k]!;
          expect(Math.abs(share - ahp)).toBeLessThanOrEqual(ahp * 1.1 * (sliderError(category.slug) + sumError) + 1e-12);
        });
        q.matrices.slice(1).forEach((m) => {
          const sum = m.items.reduce((s, c) => s + rounded.criterion[c.slug]!, 0);
          const sumError = m.items.reduce((s, c) => s + Math.abs(rounded.criterion[c.slug]! - exact.criterion[c.slug]!), 0) / sum;
          for (const c of m.items) {
            const j = q.criteria.findIndex((x) => x.slug === c.slug);
            const bound = rounding(rounded.criterion[c.slug]!, exact.criterion[c.slug]!) + sumError + 2 * categoryRounding;
            expect(Math.abs(got[j]! - target[c.slug]!)).toBeLessThanOrEqual(target[c.slug]! * 1.1 * bound + 1e-12);
          }
        });
      }),
    );
  });

  it("on the seed's shape (6 categories of 3 to 11 criteria) every effective weight is within a fifth of a percentage point of the AHP's", () => {
    const sizes = [3, 3, 4, 8, 7, 11];
    const categories = sizes.map((_, k) => ({ slug: `cat${k}`, name: `Category ${k}` }));
    const criteria = sizes.flatMap((size, k) => Array.from({ length: size }, (_, i) => ({ slug: `c${k}-${i}`, name: `C${k}.${i}`, category: `cat${k}` })));
    const matrices = pairwiseStructure(categories, criteria);
    // A strong but consistent-looking pattern: each item moderately more important than the next ones.
    const answers = new Map(matrices.map((m) => [m.key, pairsOf(m.items.length).map(([i, j]) => Math.min(8, j - i))]));
    const results = resultsOf(matrices, answers);
    const target = ahpGlobalWeights(matrices, results);
    const got = effective({ categories, criteria }, ahpUrlWeights(matrices, results));
    const error = Math.max(...criteria.map((c, j) => Math.abs(got[j]! - target[c.slug]!)));
    // Whole-number sliders at 1-100: 0.14 points here, on weights from 0.05% to 19%.
    expect(error).toBeLessThan(0.002);
  });
});

describe("Apply to /compare", () => {
  const answers = new Map([
    [CATEGORY_MATRIX, [2, 4, 0]],
    ["security", [1, 3, 1]],
    ["economy", [-2]],
  ]);
  const results = resultsOf(STRUCTURE, answers);
  const equal = resolveWeights(
    CRITERIA,
    CATEGORIES.map((c) => c.slug),
    undefined,
    { criterion: {}, category: {} },
  );

  it("keeps the view's other settings, drops the preset and writes the weights and the answers", () => {
    const href = applyToCompareHref(
      new URLSearchParams("preset=us-gulf-deterrence&fw=hope,imsi&method=topsis&w=trade:3&ahp=_:9"),
      ahpUrlWeights(STRUCTURE, results),
      equal,
      serializePairwiseAnswers(answers),
    );
    const url = new URL(href, "http://localhost");
    expect(url.pathname).toBe("/compare");
    expect(url.searchParams.get("preset")).toBeNull();
    expect(url.searchParams.get("fw")).toBe("hope,imsi");
    expect(url.searchParams.get("method")).toBe("topsis");
    expect(url.searchParams.get("ahp")).toBe("_:351,security:242,economy:-3");
    // What /compare reads back from the link gives the AHP's weights.
    const read = resolveWeights(
      CRITERIA,
      CATEGORIES.map((c) => c.slug),
      undefined,
      { criterion: parseWeightMap(url.searchParams.get("w") ?? ""), category: parseWeightMap(url.searchParams.get("cw") ?? "") },
    );
    const target = ahpGlobalWeights(STRUCTURE, results);
    effectiveWeights(CRITERIA, read).normalised!.forEach((w, j) => expect(Math.abs(w - target[CRITERIA[j]!.slug]!)).toBeLessThan(0.005));
  });

  it("leaves out the weights the equal preset gives anyway", () => {
    const href = applyToCompareHref(
      new URLSearchParams(""),
      ahpUrlWeights(STRUCTURE, resultsOf(STRUCTURE, new Map())),
      { ...equal, criterion: { ...equal.criterion, treaty: 100 } },
      "",
    );
    const url = new URL(href, "http://localhost");
    // All answers equal: a third each within security, a half within economy (50) and treaty alone (100), which this equal preset already gives.
    expect(parseWeightMap(url.searchParams.get("w")!)).toEqual({ deterrence: 33, escalation: 33, bases: 33 });
    expect(url.searchParams.get("ahp")).toBeNull();
  });
});
