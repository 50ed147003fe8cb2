import { topsisAlong, wsmAlong } from "./along-criterion";
import { leaderOf, TIE_TOLERANCE } from "./rank";
import { closeness } from "./topsis";
import type { DenseMatrix } from "./types";

/**
 * For one criterion j: the flip thresholds of its normalised weight. Setting w_j = t and
 * scaling the other weights to keep their proportions (w_k(t) = (1 - t) * u_k, u summing to
 * 1), lowerFlip is the largest t below the current w_j and upperFlip the smallest t above it
 * at which the leader changes; null when none exists in [0, 1].
 */
export type Flip = { criterion: number; weight: number; lowerFlip: number | null; upperFlip: number | null };

/**
 * Weighted sum, exact: every score is linear in t, s_i(t) = t * a_i + (1 - t) * b_i with
 * a_i = r_ij and b_i = sum over k != j of u_k * r_ik, so the leader L meets a rival m where
 * d(t) = s_L(t) - s_m(t) crosses zero, at t* = d(0) / (d(0) - d(1)).
 */
export function wsmFlips(r: DenseMatrix, weights: Float64Array, leader: number): Flip[] {
  const { rows, cols } = r;
  const flips: Flip[] = [];
  const along = wsmAlong(r, weights);
  const { a, b } = along;
  for (let j = 0; j < cols; j++) {
    const w = weights[j]!;
    if (cols === 1) {
      flips.push({ criterion: j, weight: w, lowerFlip: null, upperFlip: null });
      continue;
    }
    along.prepare(j);
    let lower: number | null = null;
    let upper: number | null = null;
    const aL = a[leader]!;
    const bL = b[leader]!;
    for (let m = 0; m < rows; m++) {
      if (m === leader) continue;
      const d0 = bL - b[m]!;
      const d1 = aL - a[m]!;
      if (d0 === d1) continue;
      const t = d0 / (d0 - d1);
      if (t < 0 || t > 1) continue;
      // The rival leads beyond t* only if d is negative on that side.
      if (t < w && d0 < -TIE_TOLERANCE && (lower === null || t > lower)) lower = t;
      if (t > w && d1 < -TIE_TOLERANCE && (upper === null || t < upper)) upper = t;
    }
    flips.push({ criterion: j, weight: w, lowerFlip: lower, upperFlip: upper });
  }
  return flips;
}

/** Grid steps over [0, 1] for TOPSIS before bisection; flips closer together than 1/GRID may be missed. */
const TOPSIS_GRID = 200;
const BISECTION_TOLERANCE = 1e-6;

/**
 * TOPSIS, numeric: with the ideals fixed by the normalised matrix, the squared distances are
 * D^2_i(t) = t^2 * A_i + (1 - t)^2 * B_i, so each t costs O(alternatives). A grid of
 * TOPSIS_GRID steps finds the nearest change of leader on each side, and bisection narrows
 * it to BISECTION_TOLERANCE (well within the 1e-4 the API promises).
 */
export function topsisFlips(
  r: DenseMatrix,
  weights: Float64Array,
  higherIsBetter: readonly boolean[],
  leader: number,
  /** Every other alternative, in the order to check them: the ranking's (best first) meets a new leader soonest. */
  rivals: readonly number[] = Array.from({ length: r.rows }, (_, i) => i).filter((i) => i !== leader),
): Flip[] {
  const { rows, cols } = r;
  const flips: Flip[] = [];
  const along = topsisAlong(r, weights, higherIsBetter);
  const { aPlus, bPlus, aMinus, bMinus } = along;
  const scores = new Float64Array(rows);

  for (let j = 0; j < cols; j++) {
    const w = weights[j]!;
    if (cols === 1) {
      flips.push({ criterion: j, weight: w, lowerFlip: null, upperFlip: null });
      continue;
    }
    along.prepare(j);
    // Whether the leader keeps first place at weight t. Most steps are clear either way and are
    // told without a root per rival (closeness D- / (D+ + D-) < k is D-^2 (1 - k)^2 < k^2 D+^2):
    // every rival more than twice the tie tolerance behind keeps the leader, one as far ahead
    // takes first place (leaderOf could not pick the leader then). Only a step with a
    // rival within that band scores every alternative and ranks as rankScores does.
    const leaderHolds = (t: number) => {
      const t2 = t * t;
      const c2 = (1 - t) * (1 - t);
      const own = closeness(Math.sqrt(t2 * aPlus[leader]! + c2 * bPlus[leader]!), Math.sqrt(t2 * aMinus[leader]! + c2 * bMinus[leader]!));
      const behind = own - 2 * TIE_TOLERANCE;
      const ahead = own + 2 * TIE_TOLERANCE;
      if (behind > 0 && ahead < 1) {
        const behind2 = behind * behind;
        const behindRest2 = (1 - behind) * (1 - behind);
        const ahead2 = ahead * ahead;
        const aheadRest2 = (1 - ahead) * (1 - ahead);
        let clear = true;
        for (const i of rivals) {
          const plus = t2 * aPlus[i]! + c2 * bPlus[i]!;
          const minus = t2 * aMinus[i]! + c2 * bMinus[i]!;
          if (minus * behindRest2 < behind2 * plus) continue;
          if (minus * aheadRest2 > ahead2 * plus) return false;
          clear = false;
        }
        if (clear) return true;
      }
      return leaderOf(along.scoresAt(t, scores)) === leader;
    };
    const narrow = (inside: number, outside: number) => {
      // `inside` keeps the leader, `outside` does not; close in on the boundary.
      while (Math.abs(outside - inside) > BISECTION_TOLERANCE) {
        const mid = (inside + outside) / 2;
        if (leaderHolds(mid)) inside = mid;
        else outside = mid;
      }
      return outside;
    };
    let lower: number | null = null;
    let previous = w;
    for (let g = Math.floor(w * TOPSIS_GRID); g >= 0; g--) {
      const t = g / TOPSIS_GRID;
      if (t >= w) continue;
      if (!leaderHolds(t)) {
        lower = narrow(previous, t);
        break;
      }
      previous = t;
    }
    let upper: number | null = null;
    previous = w;
    for (let g = Math.ceil(w * TOPSIS_GRID); g <= TOPSIS_GRID; g++) {
      const t = g / TOPSIS_GRID;
      if (t <= w) continue;
      if (!leaderHolds(t)) {
        upper = narrow(previous, t);
        break;
      }
      previous = t;
    }
    flips.push({ criterion: j, weight: w, lowerFlip: lower, upperFlip: upper });
  }
  return flips;
}
