import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import ar from "@/messages/ar.json";
import en from "@/messages/en.json";
import fa from "@/messages/fa.json";
import ru from "@/messages/ru.json";
import { RANKING_PROBLEMS, rankingProblemText } from "@/lib/compare/build-comparison";
import { problemText, sheetWords } from "@/lib/export/sheet-words";
import { formattingLocale } from "@/lib/i18n/locales";
import { evaluate } from "@/lib/scoring/methods/evaluate";
import { scoreMatrix } from "@/lib/scoring/score-matrix";
import { type CriterionSpec, ENGINE_PROBLEMS, type EngineRefusal, type Result } from "@/lib/scoring/types";
import { normaliseWeights } from "@/lib/scoring/weights";

type Say = (key: string, params?: object) => string;
const wordsIn = (locale: string, messages: object) => createTranslator({ locale, messages }) as unknown as Say;

const criteria: CriterionSpec[] = [
  { id: "a", direction: "benefit", weight: 1, bounds: { min: -2, max: 2 } },
  { id: "b", direction: "cost", weight: 1, bounds: { min: -2, max: 2 } },
];
const matrix = [
  [1, 2],
  [0, -1],
];
const refused = <T>(result: Result<T>): EngineRefusal => {
  if (result.ok) throw new Error("the engine scored it");
  return result;
};

/** Every refusal the engine gives, from real calls. */
const REFUSALS = [
  refused(normaliseWeights([1, Number.NaN])),
  refused(normaliseWeights([1, -0.5])),
  refused(normaliseWeights([0, 0])),
  refused(evaluate("wsm", { criteria, matrix, normalization: "none" }, [{}, {}])),
  refused(evaluate("promethee2", { criteria, matrix, normalization: "minmax" }, [{}, {}])),
  refused(scoreMatrix({ method: "promethee2", criteria, matrix })),
];

describe("the engine's refusals to rank as codes", () => {
  it("give every refusal a code, and say it in English from the messages as the engine says it", () => {
    // The calls above reach each of the engine's refusals, in the order they are listed.
    expect(REFUSALS.map((r) => r.code)).toEqual([...ENGINE_PROBLEMS]);
    const english = wordsIn("en", en);
    expect(REFUSALS.map((r) => english(`ranking.problems.${r.code}`, r.params))).toEqual(REFUSALS.map((r) => r.error));
  });

  it("have a message for every reason there is no ranking, in all four languages", () => {
    for (const [locale, messages] of Object.entries({ en, ar, fa, ru }))
      expect(
        RANKING_PROBLEMS.filter((code) => !(code in messages.ranking.problems)),
        locale,
      ).toEqual([]);
  });

  it("say a refusal on the page in its language and digits, and in a sheet with Latin digits", () => {
    const [, belowZero, , needsNormalisation] = REFUSALS;
    const view = (r: EngineRefusal) => ({ problem: r.error, problemCode: r.code, problemParams: r.params ?? null });
    const arabic = wordsIn(formattingLocale("ar", "native"), ar);
    expect(rankingProblemText(view(belowZero!), arabic)).toBe("الوزن ١: القيمة \u2066-0.5\u2069 أقل من الصفر");
    expect(rankingProblemText(view(needsNormalisation!), wordsIn("ru", ru))).toBe("методу взвешенной суммы нужна нормализация: minmax, vector, max, sum");
    expect(problemText(sheetWords("fa"), view(belowZero!))).toBe("وزن 1: \u2066-0.5\u2069 کمتر از صفر است");
    expect(problemText(sheetWords("en"), view(belowZero!))).toBe("weight 1: -0.5 is below 0");
  });
});
