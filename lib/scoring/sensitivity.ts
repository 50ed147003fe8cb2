import { closeness, idealPoints } from "./topsis";
import { leaderOf, TIE_TOLERANCE } from "./rank";
import { weightedScores } from "./weighted-sum";
import type { DenseMatrix } from "./types";

/**
 * For one criterion j: the flip thresholds of its normalised weight. Setting w_j = t and
 * scaling the other weights to keep their proportions (w_k(t) = (1 - t) * u_k, u summing to
 * 1), lowerFlip is the largest t below the current w_j and upperFlip the smallest t above it
 * at which the leader changes; null when none exists in [0, 1].
 */
export type Flip = { criterion: number; weight: number; lowerFlip: number | null; upperFlip: number | null };

/** The other criteria's shares u_k when w_j moves; equal shares if w_j was the only weight. */
function otherShares(weights: Float64Array, j: number): Float64Array {
  const n = weights.length;
  const rest = 1 - weights[j]!;
  const u = new Float64Array(n);
  for (let k = 0; k < n; k++) if (k !== j) u[k] = rest > 1e-12 ? weights[k]! / rest : 1 / (n - 1);
  return u;
}

/**
 * Below this 1 - w_j, the other criteria's part of a score is summed afresh rather than got
 * by subtracting w_j's part from the total and dividing by 1 - w_j (or its square for
 * TOPSIS), which cancels catastrophically as w_j nears 1 (errors of ~1e-16 / (1 - w_j), squared for TOPSIS).
 * At most one criterion (two at exactly 0.5) can be that heavy, so this stays O(rows * cols).
 */
const STABLE_REST = 0.5;

/**
 * Weighted sum, exact: every score is linear in t, s_i(t) = t * a_i + (1 - t) * b_i with
 * a_i = r_ij and b_i = sum over k != j of u_k * r_ik, so the leader L meets a rival m where
 * d(t) = s_L(t) - s_m(t) crosses zero, at t* = d(0) / (d(0) - d(1)).
 */
export function wsmFlips(r: DenseMatrix, weights: Float64Array, leader: number): Flip[] {
  const { rows, cols, values } = r;
  const flips: Flip[] = [];
  const b = new Float64Array(rows);
  const scores = weightedScores(r, weights);
  for (let j = 0; j < cols; j++) {
    const w = weights[j]!;
    if (cols === 1) {
      flips.push({ criterion: j, weight: w, lowerFlip: null, upperFlip: null });
      continue;
    }
    const rest = 1 - w;
    if (rest > STABLE_REST) {
      // b_i = (score_i - w_j * r_ij) / (1 - w_j): O(1) per alternative.
      for (let i = 0; i < rows; i++) b[i] = (scores[i]! - w * values[i * cols + j]!) / rest;
    } else {
      const u = otherShares(weights, j);
      for (let i = 0; i < rows; i++) {
        let sum = 0;
        for (let k = 0; k < cols; k++) if (k !== j) sum += u[k]! * values[i * cols + k]!;
        b[i] = sum;
      }
    }
    let lower: number | null = null;
    let upper: number | null = null;
    const aL = values[leader * cols + j]!;
    const bL = b[leader]!;
    for (let m = 0; m < rows; m++) {
      if (m === leader) continue;
      const d0 = bL - b[m]!;
      const d1 = aL - values[m * cols + j]!;
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
export function topsisFlips(r: DenseMatrix, weights: Float64Array, higherIsBetter: readonly boolean[], leader: number): Flip[] {
  const { rows, cols, values } = r;
  const { ideal, antiIdeal } = idealPoints(r, higherIsBetter);
  const flips: Flip[] = [];
  const aPlus = new Float64Array(rows);
  const bPlus = new Float64Array(rows);
  const aMinus = new Float64Array(rows);
  const bMinus = new Float64Array(rows);
  const scores = new Float64Array(rows);
  // Squared weighted distances with the current weights, to subtract one criterion from.
  const totalPlus = new Float64Array(rows);
  const totalMinus = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    for (let k = 0; k < cols; k++) {
      const x = values[i * cols + k]!;
      const dp = weights[k]! * (x - ideal[k]!);
      const dm = weights[k]! * (x - antiIdeal[k]!);
      totalPlus[i] = totalPlus[i]! + dp * dp;
      totalMinus[i] = totalMinus[i]! + dm * dm;
    }
  }

  for (let j = 0; j < cols; j++) {
    const w = weights[j]!;
    if (cols === 1) {
      flips.push({ criterion: j, weight: w, lowerFlip: null, upperFlip: null });
      continue;
    }
    const rest = 1 - w;
    const u = rest > STABLE_REST ? null : otherShares(weights, j);
    for (let i = 0; i < rows; i++) {
      const base = i * cols;
      const p = values[base + j]! - ideal[j]!;
      const q = values[base + j]! - antiIdeal[j]!;
      aPlus[i] = p * p;
      aMinus[i] = q * q;
      if (!u) {
        // B_i = (D^2_i - w_j^2 * A_i) / (1 - w_j)^2, clamped against rounding below zero.
        bPlus[i] = Math.max(0, (totalPlus[i]! - w * w * aPlus[i]!) / (rest * rest));
        bMinus[i] = Math.max(0, (totalMinus[i]! - w * w * aMinus[i]!) / (rest * rest));
        continue;
      }
      let sp = 0;
      let sm = 0;
      for (let k = 0; k < cols; k++) {
        if (k === j) continue;
        const x = values[base + k]!;
        const dp = u[k]! * (x - ideal[k]!);
        const dm = u[k]! * (x - antiIdeal[k]!);
        sp += dp * dp;
        sm += dm * dm;
      }
      bPlus[i] = sp;
      bMinus[i] = sm;
    }
    const leaderAt = (t: number) => {
      const t2 = t * t;
      const c2 = (1 - t) * (1 - t);
      for (let i = 0; i < rows; i++) scores[i] = closeness(Math.sqrt(t2 * aPlus[i]! + c2 * bPlus[i]!), Math.sqrt(t2 * aMinus[i]! + c2 * bMinus[i]!));
      return leaderOf(scores);
    };
    const narrow = (inside: number, outside: number) => {
      // `inside` keeps the leader, `outside` does not; close in on the boundary.
      while (Math.abs(outside - inside) > BISECTION_TOLERANCE) {
        const mid = (inside + outside) / 2;
        if (leaderAt(mid) === leader) inside = mid;
        else outside = mid;
      }
      return outside;
    };
    let lower: number | null = null;
    let previous = w;
    for (let g = Math.floor(w * TOPSIS_GRID); g >= 0; g--) {
      const t = g / TOPSIS_GRID;
      if (t >= w) continue;
      if (leaderAt(t) !== leader) {
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
      if (leaderAt(t) !== leader) {
        upper = narrow(previous, t);
        break;
      }
      previous = t;
    }
    flips.push({ criterion: j, weight: w, lowerFlip: lower, upperFlip: upper });
  }
  return flips;
}
