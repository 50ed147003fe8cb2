/**
 * One pairwise judgement of "how much more important is A than B?" on Saaty's 1-9 scale, as a
 * whole number from -8 to 8: 0 is "equally important", k > 0 that A is more important with
 * intensity k + 1, k < 0 that B is, with intensity 1 - k. A slider moves along it in steps of
 * one, and the URL writes it as the intensity (with "-" when B is the more important).
 */
export type Judgement = number;

export const JUDGEMENT_MIN = -8;
export const JUDGEMENT_MAX = 8;

/** Saaty's words for intensities 1-9 (The Analytic Hierarchy Process, 1980, Table 3.1), the even ones between their neighbours. */
const INTENSITY_WORDS = [
  "equally important",
  "equally to moderately more important",
  "moderately more important",
  "moderately to strongly more important",
  "strongly more important",
  "strongly to very strongly more important",
  "very strongly more important",
  "very strongly to extremely more important",
  "extremely more important",
] as const;

export const isJudgement = (k: number) => Number.isInteger(k) && k >= JUDGEMENT_MIN && k <= JUDGEMENT_MAX;

/** The intensity 1-9 of a judgement, whichever way it points. */
export const intensityOf = (k: Judgement) => Math.abs(k) + 1;

/** The entry a_AB of the comparison matrix: 1-9 when A is the more important, 1/9-1/2 when B is. */
export const saatyValueOf = (k: Judgement) => (k >= 0 ? k + 1 : 1 / (1 - k));

/** The judgement whose matrix entry is nearest to `value` (which lib/scoring/ahp keeps on Saaty's scale). */
export function judgementOf(value: number): Judgement {
  const k = value >= 1 ? Math.round(value) - 1 : 1 - Math.round(1 / value);
  return Math.max(JUDGEMENT_MIN, Math.min(JUDGEMENT_MAX, k));
}

/** "Security is strongly more important than Economy (5)", or "… are equally important (1)". */
export function describeJudgement(k: Judgement, a: string, b: string): string {
  if (k === 0) return `${a} and ${b} are equally important (1)`;
  const [more, less] = k > 0 ? [a, b] : [b, a];
  return `${more} is ${INTENSITY_WORDS[intensityOf(k) - 1]} than ${less} (${intensityOf(k)})`;
}
