import { TIE_TOLERANCE } from "../scoring/rank";

/**
 * Fractional ("1 2.5 2.5 4") ranks of scores, best (highest) first: tied scores share the mean
 * of the places they occupy, as Kendall's W with the tie correction requires.
 */
export function fractionalRanks(scores: readonly number[]): number[] {
  const order = scores.map((_, i) => i).sort((a, b) => scores[b]! - scores[a]!);
  const ranks = new Array<number>(scores.length);
  for (let start = 0; start < order.length; ) {
    let end = start + 1;
    while (end < order.length && Math.abs(scores[order[start]!]! - scores[order[end]!]!) <= TIE_TOLERANCE) end++;
    const mean = (start + 1 + end) / 2;
    for (let k = start; k < end; k++) ranks[order[k]!] = mean;
    start = end;
  }
  return ranks;
}

/**
 * Kendall's coefficient of concordance W of m rankings of the same n objects, with the correction
 * for ties (Kendall and Babington Smith 1939; Siegel and Castellan, Nonparametric Statistics, 1988,
 * eq. 9.18): W = 12 S / (m^2 (n^3 - n) - m sum T), S the squared deviations of the objects' rank
 * sums from their mean, T = sum (t^3 - t) over each ranking's groups of t ties. 1 when every
 * ranking agrees, 0 when they cancel out. Null when it is undefined: fewer than two rankings or
 * objects, or every ranking a single tie.
 */
export function kendallsW(rankings: ReadonlyArray<readonly number[]>): number | null {
  const m = rankings.length;
  const n = rankings[0]?.length ?? 0;
  if (m < 2 || n < 2) return null;
  const sums = new Array<number>(n).fill(0);
  let ties = 0;
  for (const ranking of rankings) {
    ranking.forEach((r, i) => {
      sums[i]! += r;
    });
    const groups = new Map<number, number>();
    for (const r of ranking) groups.set(r, (groups.get(r) ?? 0) + 1);
    for (const t of groups.values()) ties += t ** 3 - t;
  }
  const mean = (m * (n + 1)) / 2;
  const s = sums.reduce((acc, r) => acc + (r - mean) ** 2, 0);
  const denominator = m * m * (n ** 3 - n) - m * ties;
  if (denominator <= 0) return null;
  return Math.min(1, Math.max(0, (12 * s) / denominator));
}

export type ConcordanceBand = "undefined" | "veryStrong" | "strong" | "moderate" | "weak" | "veryWeak" | "none";

/** Kendall's W in Schmidt's (1997) bands; null (fewer than two answers) is "undefined". */
export function concordanceBand(w: number | null): ConcordanceBand {
  if (w === null) return "undefined";
  if (w >= 0.9) return "veryStrong";
  if (w >= 0.7) return "strong";
  if (w >= 0.5) return "moderate";
  if (w >= 0.3) return "weak";
  if (w >= 0.1) return "veryWeak";
  return "none";
}

const BAND_IN_WORDS: Record<ConcordanceBand, string> = {
  undefined: "not defined (fewer than two answers)",
  veryStrong: "very strong agreement",
  strong: "strong agreement",
  moderate: "moderate agreement",
  weak: "weak agreement",
  veryWeak: "very weak agreement",
  none: "no agreement",
};

/** Kendall's W in words, in English, for the result's API and CSV (the page says the band from its messages). */
export const concordanceInWords = (w: number | null): string => BAND_IN_WORDS[concordanceBand(w)];
