/**
 * Saaty's random consistency indices RI(n), as issue 15 gives them (n <= 2: 0).
 * T. L. Saaty, The Analytic Hierarchy Process (1980), Table 1.7, extended to n = 15.
 */
export const RANDOM_INDEX: Readonly<Record<number, number>> = {
  1: 0,
  2: 0,
  3: 0.58,
  4: 0.9,
  5: 1.12,
  6: 1.24,
  7: 1.32,
  8: 1.41,
  9: 1.45,
  10: 1.49,
  11: 1.51,
  12: 1.48,
  13: 1.56,
  14: 1.57,
  15: 1.59,
};

/** A judgement is "consistent enough" below this consistency ratio (Saaty). */
export const CONSISTENT_BELOW = 0.1;

/** Power iteration stops when no weight moves by more than this, or after MAX_ITERATIONS. */
const TOLERANCE = 1e-15;
const MAX_ITERATIONS = 10_000;

type AhpResult = { weights: number[]; lambdaMax: number; ci: number; cr: number; consistent: boolean };

/**
 * The AHP priorities of a positive reciprocal matrix (Saaty 1977): its principal right
 * eigenvector, found by power iteration and scaled to sum 1 (a positive matrix has a unique
 * positive one, Perron), the principal eigenvalue lambdaMax, CI = (lambdaMax - n) / (n - 1) and
 * CR = CI / RI(n) (0 when RI is 0). The caller checks the matrix (lib/domain/ahp.ts).
 */
export function ahpPriorities(a: readonly (readonly number[])[]): AhpResult {
  const n = a.length;
  let w = new Array<number>(n).fill(1 / n);
  let next = new Array<number>(n);
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    let total = 0;
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let j = 0; j < n; j++) s += a[i]![j]! * w[j]!;
      next[i] = s;
      total += s;
    }
    let moved = 0;
    for (let i = 0; i < n; i++) {
      next[i] = next[i]! / total;
      moved = Math.max(moved, Math.abs(next[i]! - w[i]!));
    }
    [w, next] = [next, w];
    if (moved <= TOLERANCE) break;
  }
  // A w = lambda w at the fixed point; the mean of the ratios is the estimate least hurt by rounding.
  let lambdaMax = 0;
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < n; j++) s += a[i]![j]! * w[j]!;
    lambdaMax += s / w[i]! / n;
  }
  const ci = n > 1 ? Math.max(0, (lambdaMax - n) / (n - 1)) : 0;
  const ri = RANDOM_INDEX[n] ?? 0;
  const cr = ri > 0 ? ci / ri : 0;
  return { weights: w, lambdaMax, ci, cr, consistent: cr < CONSISTENT_BELOW };
}

/** Saaty's 1-9 scale and its reciprocals, the values a judgement can take. */
const SAATY_SCALE: readonly number[] = [9, 8, 7, 6, 5, 4, 3, 2].map((v) => 1 / v).concat([1, 2, 3, 4, 5, 6, 7, 8, 9]);

/** The value of Saaty's scale nearest to x, measured as ratios (in logarithms). */
export function nearestOnSaatyScale(x: number): number {
  let best = 1;
  for (const v of SAATY_SCALE) if (Math.abs(Math.log(x / v)) < Math.abs(Math.log(x / best))) best = v;
  return best;
}

type InconsistentJudgement = {
  /** The judgement a_ij of item `row` over item `column` (row < column). */
  row: number;
  column: number;
  value: number;
  /** w_i / w_j rounded to Saaty's scale: the judgement the priorities imply. */
  suggested: number;
  /** max(e, 1/e) of e = a_ij * w_j / w_i: 1 for a judgement the priorities reproduce exactly. */
  deviation: number;
};

/**
 * The judgements farthest from what the priorities imply, worst first (at most `limit`, and
 * only those whose suggested value differs from the one given): what to revisit to bring the
 * consistency ratio down.
 */
export function mostInconsistentJudgements(a: readonly (readonly number[])[], weights: readonly number[], limit = 3): InconsistentJudgement[] {
  const judgements: InconsistentJudgement[] = [];
  for (let i = 0; i < a.length; i++)
    for (let j = i + 1; j < a.length; j++) {
      const value = a[i]![j]!;
      const e = (value * weights[j]!) / weights[i]!;
      const suggested = nearestOnSaatyScale(weights[i]! / weights[j]!);
      if (Math.abs(suggested - value) > 1e-9) judgements.push({ row: i, column: j, value, suggested, deviation: Math.max(e, 1 / e) });
    }
  return judgements.sort((x, y) => y.deviation - x.deviation).slice(0, limit);
}
