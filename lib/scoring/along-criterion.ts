import { closeness, idealPoints } from "./topsis";
import type { DenseMatrix } from "./types";
import { weightedScores } from "./weighted-sum";

/**
 * Scores as one criterion's weight moves: with w_j = t and the other weights scaled to keep
 * their proportions (w_k(t) = (1 - t) * u_k, u summing to 1), the weighted sum is linear in t,
 * s_i(t) = t * a_i + (1 - t) * b_i, and TOPSIS's squared distances are quadratic,
 * D^2_i(t) = t^2 * A_i + (1 - t)^2 * B_i (the ideals depend on the normalised matrix, not on
 * the weights). `prepare(j)` finds a and b (or A and B) for criterion j in O(alternatives) from
 * totals computed once, so the flip thresholds and the tornado cost O(alternatives x criteria)
 * plus O(alternatives) per value of t, not a full rescoring each.
 */
export type AlongCriterion = {
  prepare(j: number): void;
  /** Every alternative's score at weight t of the prepared criterion, written into `out`. */
  scoresAt(t: number, out: Float64Array): Float64Array;
};

/**
 * Below this 1 - w_j, the other criteria's part of a score is summed afresh rather than got
 * by subtracting w_j's part from the total and dividing by 1 - w_j (or its square for
 * TOPSIS), which cancels catastrophically as w_j nears 1 (errors of ~1e-16 / (1 - w_j), squared for TOPSIS).
 * At most one criterion (two at exactly 0.5) can be that heavy, so this stays O(rows * cols).
 */
const STABLE_REST = 0.5;

/** Below this share of a squared distance, what is left after subtracting one criterion's part is summed afresh. */
const CANCELLATION = 1e-4;

/** The other criteria's shares u_k when w_j moves; equal shares if w_j was the only weight. */
function otherShares(weights: Float64Array, j: number): Float64Array {
  const n = weights.length;
  const rest = 1 - weights[j]!;
  const u = new Float64Array(n);
  for (let k = 0; k < n; k++) if (k !== j) u[k] = rest > 1e-12 ? weights[k]! / rest : 1 / (n - 1);
  return u;
}

/** The weighted sum along a criterion: `a` holds its normalised values, `b` the rest of each score at full weight. */
export function wsmAlong(r: DenseMatrix, weights: Float64Array): AlongCriterion & { a: Float64Array; b: Float64Array } {
  const { rows, cols, values } = r;
  const scores = weightedScores(r, weights);
  const a = new Float64Array(rows);
  const b = new Float64Array(rows);
  return {
    a,
    b,
    prepare(j) {
      const w = weights[j]!;
      const rest = 1 - w;
      for (let i = 0; i < rows; i++) a[i] = values[i * cols + j]!;
      if (rest > STABLE_REST) {
        // b_i = (score_i - w_j * r_ij) / (1 - w_j): O(1) per alternative.
        for (let i = 0; i < rows; i++) b[i] = (scores[i]! - w * a[i]!) / rest;
        return;
      }
      const u = otherShares(weights, j);
      for (let i = 0; i < rows; i++) {
        let sum = 0;
        for (let k = 0; k < cols; k++) if (k !== j) sum += u[k]! * values[i * cols + k]!;
        b[i] = sum;
      }
    },
    scoresAt(t, out) {
      for (let i = 0; i < rows; i++) out[i] = t * a[i]! + (1 - t) * b[i]!;
      return out;
    },
  };
}

/** TOPSIS along a criterion: the squared distances to the ideal (plus) and the anti-ideal (minus) split as A and B. */
export function topsisAlong(
  r: DenseMatrix,
  weights: Float64Array,
  higherIsBetter: readonly boolean[],
): AlongCriterion & { aPlus: Float64Array; bPlus: Float64Array; aMinus: Float64Array; bMinus: Float64Array } {
  const { rows, cols, values } = r;
  const { ideal, antiIdeal } = idealPoints(r, higherIsBetter);
  const aPlus = new Float64Array(rows);
  const bPlus = new Float64Array(rows);
  const aMinus = new Float64Array(rows);
  const bMinus = new Float64Array(rows);
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
  return {
    aPlus,
    bPlus,
    aMinus,
    bMinus,
    prepare(j) {
      const w = weights[j]!;
      const rest = 1 - w;
      let u = rest > STABLE_REST ? null : otherShares(weights, j);
      for (let i = 0; i < rows; i++) {
        const base = i * cols;
        const p = values[base + j]! - ideal[j]!;
        const q = values[base + j]! - antiIdeal[j]!;
        aPlus[i] = p * p;
        aMinus[i] = q * q;
        if (rest > STABLE_REST) {
          // B_i = (D^2_i - w_j^2 * A_i) / (1 - w_j)^2, unless that takes away nearly all of D^2_i
          // and leaves mostly rounding (an alternative at the ideals on every other criterion).
          const plus = totalPlus[i]! - w * w * aPlus[i]!;
          const minus = totalMinus[i]! - w * w * aMinus[i]!;
          if (plus > CANCELLATION * totalPlus[i]! && minus > CANCELLATION * totalMinus[i]!) {
            bPlus[i] = plus / (rest * rest);
            bMinus[i] = minus / (rest * rest);
            continue;
          }
          u ??= otherShares(weights, j);
        }
        let sp = 0;
        let sm = 0;
        for (let k = 0; k < cols; k++) {
          if (k === j) continue;
          const x = values[base + k]!;
          const dp = u![k]! * (x - ideal[k]!);
          const dm = u![k]! * (x - antiIdeal[k]!);
          sp += dp * dp;
          sm += dm * dm;
        }
        bPlus[i] = sp;
        bMinus[i] = sm;
      }
    },
    scoresAt(t, out) {
      const t2 = t * t;
      const c2 = (1 - t) * (1 - t);
      for (let i = 0; i < rows; i++) out[i] = closeness(Math.sqrt(t2 * aPlus[i]! + c2 * bPlus[i]!), Math.sqrt(t2 * aMinus[i]! + c2 * bMinus[i]!));
      return out;
    },
  };
}
