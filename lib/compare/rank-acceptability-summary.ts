/** Past this many places the chart and its table sum the rest into one "or lower" band: 200 bands a bar say nothing. */
export const MAX_RANK_BANDS = 8;

export type RankBand = { label: string; first: number; last: number };
export type RankAcceptabilityRow = { slug: string; shares: number[]; expectedRank: number };

const ordinal = (r: number) => {
  const tens = r % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : (["th", "st", "nd", "rd"][r % 10] ?? "th");
  return `${r}${suffix}`;
};

/** The places 1..n as bands: each place its own up to MAX_RANK_BANDS, the last band holding the rest. */
export function rankBands(n: number): RankBand[] {
  if (n <= MAX_RANK_BANDS) return Array.from({ length: n }, (_, r) => ({ label: ordinal(r + 1), first: r, last: r }));
  const own = Array.from({ length: MAX_RANK_BANDS - 1 }, (_, r) => ({ label: ordinal(r + 1), first: r, last: r }));
  return [...own, { label: `${ordinal(MAX_RANK_BANDS)} or lower`, first: MAX_RANK_BANDS - 1, last: n - 1 }];
}

/**
 * SMAA-2's rank acceptabilities (alternative -> share of the samples at each place) as rows
 * by band, the most often first (then the best expected place) at the top.
 */
export function rankAcceptabilityRows(acceptability: Readonly<Record<string, readonly number[]>>, bands: readonly RankBand[]): RankAcceptabilityRow[] {
  return Object.entries(acceptability)
    .map(([slug, shares]) => ({
      slug,
      shares: bands.map((b) => shares.slice(b.first, b.last + 1).reduce((s, x) => s + x, 0)),
      expectedRank: shares.reduce((s, x, r) => s + x * (r + 1), 0),
    }))
    .sort((a, b) => b.shares[0]! - a.shares[0]! || a.expectedRank - b.expectedRank || a.slug.localeCompare(b.slug));
}
