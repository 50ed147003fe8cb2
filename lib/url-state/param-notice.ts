/**
 * Why a setting of a link was ignored, as a code with its parameters: each language says it
 * from its messages (`paramNotices.<code>`, the page's and the sheets' words), and
 * `noticeInEnglish` says it in the English the app always printed. `key` is the link's
 * parameter (w, pf, sort...); `value`, `slug`, `matrix`, `cell` and `points` are what the link
 * holds, quoted as typed; the numbers are the app's own limits.
 */
export type ParamNotice =
  | { code: "unknownSlug"; params: { key: string; value: string; what: "criterion" | "category" | "framework" | "preset" | "frameworkOrCriterion" } }
  | { code: "unknownScenario"; params: { key: string; value: string } }
  | { code: "unknownSource"; params: { key: string; value: string } }
  | { code: "notScenarioVersion"; params: { key: string; value: string } }
  | { code: "notWeightEntry"; params: { key: string; value: string; what: "criterion" | "category" } }
  | { code: "weightOutOfRange"; params: { key: string; slug: string; value: string; min: number; max: number } }
  | { code: "notOneOf"; params: { key: string; value: string; allowed: string } }
  | { code: "notAssumptionEntry"; params: { key: string; value: string } }
  | { code: "tooMany"; params: { key: string; max: number; what: "ownValues" | "preferenceFunctions" | "valueFunctions" } }
  | { code: "notPreferenceEntry"; params: { key: string; value: string } }
  | { code: "notValueFunctionEntry"; params: { key: string; value: string } }
  | { code: "valueFunctionOffScale"; params: { key: string; slug: string; points: string; min: number; max: number } }
  | { code: "notWholeNumber"; params: { key: string; value: string; min: number; max: number } }
  | { code: "answersTooLong"; params: { key: string; max: number } }
  | { code: "notAnswersBlock"; params: { key: string; value: string } }
  | { code: "answersTwice"; params: { key: string; matrix: string } }
  | { code: "pairwiseNotAsked"; params: { key: string; of: PairwiseMatrixKind; matrix: string } }
  | { code: "pairwiseAnswerCount"; params: { key: string; count: number; of: PairwiseMatrixKind; matrix: string; items: number; pairs: number } }
  | { code: "notSortForm"; params: { key: string; value: string } }
  | { code: "assumptionUnknown"; params: { cell: string; value: string; what: "framework" | "criterion" } }
  | { code: "assumptionSourceGives"; params: { cell: string } }
  | { code: "assumptionOffScale"; params: { cell: string; value: string; min: number; max: number } };

type ParamNoticeCode = ParamNotice["code"];

/** A pairwise matrix is the categories' (its key "_") or one category's criteria (its key the category's slug). */
type PairwiseMatrixKind = "categories" | "category";

/** Every code (the record makes the compiler check none is left out), for the tests that check each is said in every language. */
export const PARAM_NOTICE_CODES = Object.keys({
  unknownSlug: true,
  unknownScenario: true,
  unknownSource: true,
  notScenarioVersion: true,
  notWeightEntry: true,
  weightOutOfRange: true,
  notOneOf: true,
  notAssumptionEntry: true,
  tooMany: true,
  notPreferenceEntry: true,
  notValueFunctionEntry: true,
  valueFunctionOffScale: true,
  notWholeNumber: true,
  answersTooLong: true,
  notAnswersBlock: true,
  answersTwice: true,
  pairwiseNotAsked: true,
  pairwiseAnswerCount: true,
  notSortForm: true,
  assumptionUnknown: true,
  assumptionSourceGives: true,
  assumptionOffScale: true,
} satisfies Record<ParamNoticeCode, true>) as ParamNoticeCode[];

/** A notice built from its code and parameters, typed by the code. */
export const notice = <C extends ParamNoticeCode>(code: C, params: Extract<ParamNotice, { code: C }>["params"]) =>
  ({ code, params }) as Extract<ParamNotice, { code: C }>;

/** The forms an entry of a link must take, as the English notices write them. */
const ASSUMPTION_FORM = "framework.criterion:value";
const PREFERENCE_FORM =
  "criterion:function (usual, ushape, vshape, level, linear, gaussian), then its thresholds: ushape:q, vshape:p, level:q:p, linear:q:p, gaussian:s";
const VALUE_FUNCTION_FORM = "criterion:benefit, criterion:cost or criterion:x=v;x=v;... (x on the criterion's scale, ascending; v from 0 to 1)";

const KNOWN_WHAT = { criterion: "criterion", category: "category", framework: "framework", preset: "preset", frameworkOrCriterion: "framework or criterion" };
const TOO_MANY = { ownValues: "of your own values", preferenceFunctions: "preference functions", valueFunctions: "value functions" };
const matrixName = (p: { of: PairwiseMatrixKind; matrix: string }) => (p.of === "categories" ? "the categories" : `"${p.matrix}"`);

/** The notice as the app and its API have always said it in English (the English messages say the same, a test checks). */
export function noticeInEnglish(n: ParamNotice): string {
  switch (n.code) {
    case "unknownSlug":
      return `Ignored ${n.params.key}: "${n.params.value}" is not a known ${KNOWN_WHAT[n.params.what]}.`;
    case "unknownScenario":
      return `Ignored ${n.params.key}: "${n.params.value}" is not a saved scenario.`;
    case "unknownSource":
      return `Ignored ${n.params.key}: "${n.params.value}" is not a known source; every value is shown.`;
    case "notScenarioVersion":
      return `Ignored ${n.params.key}: "${n.params.value}" is not a scenario version (a whole number from 1).`;
    case "notWeightEntry":
      return `Ignored ${n.params.key}: "${n.params.value}" is not of the form ${n.params.what}:weight.`;
    case "weightOutOfRange":
      return `Ignored ${n.params.key}: the weight of "${n.params.slug}" must be a number from ${n.params.min} to ${n.params.max}, not "${n.params.value}".`;
    case "notOneOf":
      return `Ignored ${n.params.key}: "${n.params.value}" is not one of ${n.params.allowed}.`;
    case "notAssumptionEntry":
      return `Ignored ${n.params.key}: "${n.params.value}" is not of the form ${ASSUMPTION_FORM} (a whole number).`;
    case "tooMany":
      return `Ignored ${n.params.key}: a link holds at most ${n.params.max} ${TOO_MANY[n.params.what]}.`;
    case "notPreferenceEntry":
      return `Ignored ${n.params.key}: "${n.params.value}" is not of the form ${PREFERENCE_FORM} (q no more than p, p and s above 0).`;
    case "notValueFunctionEntry":
      return `Ignored ${n.params.key}: "${n.params.value}" is not of the form ${VALUE_FUNCTION_FORM}.`;
    case "valueFunctionOffScale":
      return `Ignored ${n.params.key}: the value function of "${n.params.slug}" has x = ${n.params.points} is off the scale ${n.params.min} to ${n.params.max}.`;
    case "notWholeNumber":
      return `Ignored ${n.params.key}: "${n.params.value}" is not a whole number from ${n.params.min} to ${n.params.max}.`;
    case "answersTooLong":
      return `Ignored ${n.params.key}: longer than ${n.params.max} characters.`;
    case "notAnswersBlock":
      return `Ignored ${n.params.key}: "${n.params.value}" is not of the form matrix:judgements (such as _:3-51).`;
    case "answersTwice":
      return `Ignored ${n.params.key}: the answers for "${n.params.matrix}" are given twice; the first are kept.`;
    case "pairwiseNotAsked":
      return `Ignored ${n.params.key}: ${matrixName(n.params)} is not a category whose criteria are compared in pairs here.`;
    case "pairwiseAnswerCount": {
      const { key, count, items, pairs } = n.params;
      return `Ignored ${key}: ${count} ${count === 1 ? "answer" : "answers"} for ${matrixName(n.params)}, which has ${items} items and so ${pairs} pairs.`;
    }
    case "notSortForm":
      return `Ignored ${n.params.key}: "${n.params.value}" is not of the form name:asc or name:desc.`;
    case "assumptionUnknown":
      return `Ignored your value for ${n.params.cell}: "${n.params.value}" is not a known ${n.params.what}.`;
    case "assumptionSourceGives":
      return `Ignored your value for ${n.params.cell}: the source gives a value there; your own value is only for cells where it is silent.`;
    case "assumptionOffScale":
      return `Ignored your value for ${n.params.cell}: ${n.params.value} is off the criterion's scale (${n.params.min} to ${n.params.max}).`;
  }
}
