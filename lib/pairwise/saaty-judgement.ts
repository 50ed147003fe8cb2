/**
 * One pairwise judgement of "how much more important is A than B?" on Saaty's 1-9 scale, as a
 * whole number from -8 to 8: 0 is "equally important", k > 0 that A is more important with
 * intensity k + 1, k < 0 that B is, with intensity 1 - k. A slider moves along it in steps of
 * one, and the URL writes it as the intensity (with "-" when B is the more important).
 */
export type Judgement = number;

export const JUDGEMENT_MIN = -8;
export const JUDGEMENT_MAX = 8;

export const isJudgement = (k: number) => Number.isInteger(k) && k >= JUDGEMENT_MIN && k <= JUDGEMENT_MAX;

/** The intensity 1-9 of a judgement, whichever way it points. */
const intensityOf = (k: Judgement) => Math.abs(k) + 1;

/** The entry a_AB of the comparison matrix: 1-9 when A is the more important, 1/9-1/2 when B is. */
export const saatyValueOf = (k: Judgement) => (k >= 0 ? k + 1 : 1 / (1 - k));

/** The judgement whose matrix entry is nearest to `value` (which lib/scoring/ahp keeps on Saaty's scale). */
export function judgementOf(value: number): Judgement {
  const k = value >= 1 ? Math.round(value) - 1 : 1 - Math.round(1 / value);
  return Math.max(JUDGEMENT_MIN, Math.min(JUDGEMENT_MAX, k));
}

/**
 * Which of A and B a judgement holds the more important (none when equal), and its intensity
 * 1-9: what a page words in its language (components/pairwise/judgement-words.ts).
 */
export function judgementParts<T>(k: Judgement, a: T, b: T): { more: T; less: T; intensity: number } | { equal: true; intensity: 1 } {
  if (k === 0) return { equal: true, intensity: 1 };
  const [more, less] = k > 0 ? [a, b] : [b, a];
  return { more, less, intensity: intensityOf(k) };
}
