import { isJudgement, type Judgement } from "./saaty-judgement";
import { CATEGORY_MATRIX, pairCount, type PairwiseMatrix } from "./pairwise-structure";
import { notice, type ParamNotice } from "../url-state/param-notice";

/** The judgements of each matrix, keyed by matrix, one per pair in pairsOf order; a matrix left out is all "equal". */
export type PairwiseAnswers = ReadonlyMap<string, readonly Judgement[]>;

/** A link holds at most this much of the questionnaire: 101 matrices of 105 pairs written at two characters each, with room to spare. */
export const MAX_ANSWERS_PARAM = 24_000;

/** The link's parameter the answers are in. */
const KEY = "ahp";
const TOKEN = /-?[1-9]/g;
const BLOCK = /^(_|[a-z0-9]+(?:-[a-z0-9]+)*):((?:-?[1-9])+)$/;

/** "-5" <-> -4 (B strongly more important), "1" <-> 0, "3" <-> 2; "-1" is not written ("1" is). */
function judgementOfToken(token: string): Judgement | null {
  const intensity = Number(token.replace("-", ""));
  if (token.startsWith("-")) return intensity === 1 ? null : 1 - intensity;
  return intensity - 1;
}

const tokenOf = (k: Judgement) => (k < 0 ? `-${1 - k}` : String(k + 1));

/**
 * The `ahp` parameter: "_:3-51,security:1-7" is the category matrix's judgements 3, -5, 1 and
 * the security category's 1, -7, each the intensity on Saaty's scale, "-" when the second
 * item of the pair is the more important. Returns the well-formed blocks and a notice per
 * ignored one; checking them against the questionnaire is `answersFor`'s job.
 */
export function parsePairwiseAnswers(value: string): { answers: Map<string, Judgement[]>; ignored: ParamNotice[] } {
  const answers = new Map<string, Judgement[]>();
  const ignored: ParamNotice[] = [];
  if (value.length > MAX_ANSWERS_PARAM) return { answers, ignored: [notice("answersTooLong", { key: KEY, max: MAX_ANSWERS_PARAM })] };
  for (const block of value.split(",")) {
    if (block === "") continue;
    const match = BLOCK.exec(block);
    const judgements = match ? (match[2]!.match(TOKEN) ?? []).map(judgementOfToken) : [];
    if (!match || judgements.some((k) => k === null)) {
      ignored.push(notice("notAnswersBlock", { key: KEY, value: block.slice(0, 40) }));
      continue;
    }
    if (answers.has(match[1]!)) {
      ignored.push(notice("answersTwice", { key: KEY, matrix: match[1]! }));
      continue;
    }
    answers.set(match[1]!, judgements as Judgement[]);
  }
  return { answers, ignored };
}

/** The `ahp` parameter for these answers, leaving out the matrices answered "equal" throughout; empty when all are. */
export function serializePairwiseAnswers(answers: PairwiseAnswers): string {
  return [...answers]
    .filter(([, judgements]) => judgements.some((k) => k !== 0))
    .map(([key, judgements]) => `${key}:${judgements.map(tokenOf).join("")}`)
    .join(",");
}

/**
 * The answers that fit the questionnaire: a block for a matrix it does not ask, or with a
 * number of judgements other than its pairs (the data changed since the link was made), is
 * ignored with a notice saying so, and that matrix starts at "equal".
 */
export function answersFor(
  matrices: readonly PairwiseMatrix[],
  parsed: ReadonlyMap<string, readonly Judgement[]>,
): { answers: Map<string, Judgement[]>; ignored: ParamNotice[] } {
  const answers = new Map<string, Judgement[]>();
  const ignored: ParamNotice[] = [];
  const byKey = new Map(matrices.map((m) => [m.key, m]));
  for (const [key, judgements] of parsed) {
    const matrix = byKey.get(key);
    const which = { key: KEY, of: key === CATEGORY_MATRIX ? ("categories" as const) : ("category" as const), matrix: key };
    if (!matrix?.askable) {
      ignored.push(notice("pairwiseNotAsked", which));
      continue;
    }
    const expected = pairCount(matrix.items.length);
    if (judgements.length !== expected || !judgements.every(isJudgement)) {
      ignored.push(notice("pairwiseAnswerCount", { ...which, count: judgements.length, items: matrix.items.length, pairs: expected }));
      continue;
    }
    answers.set(key, [...judgements]);
  }
  return { answers, ignored };
}
