/** Scores closer than this are a tie. */
export const TIE_TOLERANCE = 1e-9;

/**
 * Order (best first, input order among equals) and competition ranks ("1224"): scores within
 * TIE_TOLERANCE of the previous one share its rank, and the next rank skips the tied places.
 */
export function rankScores(scores: ArrayLike<number>): { order: number[]; ranks: number[] } {
  const order = Array.from({ length: scores.length }, (_, i) => i).sort((a, b) => {
    const d = scores[b]! - scores[a]!;
    return Math.abs(d) <= TIE_TOLERANCE ? a - b : d;
  });
  const ranks = new Array<number>(scores.length);
  order.forEach((index, position) => {
    const previous = order[position - 1];
    ranks[index] = previous !== undefined && Math.abs(scores[previous]! - scores[index]!) <= TIE_TOLERANCE ? ranks[previous]! : position + 1;
  });
  return { order, ranks };
}

/** The index of the best score (the first among equals), or -1 when there is none. */
export function leaderOf(scores: ArrayLike<number>): number {
  let best = -1;
  for (let i = 0; i < scores.length; i++) if (best < 0 || scores[i]! > scores[best]! + TIE_TOLERANCE) best = i;
  return best;
}
