import { isJudgement, type Judgement } from "./saaty-judgement";
import { CATEGORY_MATRIX, pairCount, type PairwiseMatrix } from "./pairwise-structure";

/** The judgements of each matrix, keyed by matrix, one per pair in pairsOf order; a matrix left out is all "equal". */
export type PairwiseAnswers = ReadonlyMap<string, readonly Judgement[]>;

/** A link holds at most this much of the questionnaire: 101 matrices of 105 pairs written at two characters each, with room to spare. */
export const MAX_ANSWERS_PARAM = 24_000;

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
 * item of the pair is the more important. Returns the well-formed blocks and a sentence per
 * ignored one; checking them against the questionnaire is `answersFor`'s job.
 */
export function parsePairwiseAnswers(value: string): { answers: Map<string, Judgement[]>; ignored: string[] } {
  const answers = new Map<string, Judgement[]>();
  const ignored: string[] = [];
  if (value.length > MAX_ANSWERS_PARAM) return { answers, ignored: [`Ignored ahp: longer than ${MAX_ANSWERS_PARAM} characters.`] };
  for (const block of value.split(",")) {
    if (block === "") continue;
    const match = BLOCK.exec(block);
    const judgements = match ? (match[2]!.match(TOKEN) ?? []).map(judgementOfToken) : [];
    if (!match || judgements.some((k) => k === null)) {
      ignored.push(`Ignored ahp: "${block.slice(0, 40)}" is not of the form matrix:judgements (such as _:3-51).`);
      continue;
    }
    if (answers.has(match[1]!)) {
      ignored.push(`Ignored ahp: the answers for "${match[1]}" are given twice; the first are kept.`);
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
 * ignored with a sentence saying so, and that matrix starts at "equal".
 */
export function answersFor(
  matrices: readonly PairwiseMatrix[],
  parsed: ReadonlyMap<string, readonly Judgement[]>,
): { answers: Map<string, Judgement[]>; ignored: string[] } {
  const answers = new Map<string, Judgement[]>();
  const ignored: string[] = [];
  const byKey = new Map(matrices.map((m) => [m.key, m]));
  for (const [key, judgements] of parsed) {
    const matrix = byKey.get(key);
    const what = key === CATEGORY_MATRIX ? "the categories" : `"${key}"`;
    if (!matrix?.askable) {
      ignored.push(`Ignored ahp: ${what} is not a category whose criteria are compared in pairs here.`);
      continue;
    }
    const expected = pairCount(matrix.items.length);
    if (judgements.length !== expected || !judgements.every(isJudgement)) {
      ignored.push(
        `Ignored ahp: ${judgements.length} ${judgements.length === 1 ? "answer" : "answers"} for ${what}, which has ${matrix.items.length} items and so ${expected} pairs.`,
      );
      continue;
    }
    answers.set(key, [...judgements]);
  }
  return { answers, ignored };
}
