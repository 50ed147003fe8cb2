import { closeness, idealPoints } from "./topsis";
import { leaderOf, TIE_TOLERANCE } from "./rank";
import type { Scored } from "./score-matrix";
import { weightedScores } from "./weighted-sum";
import type { DenseMatrix, ScoringMethod } from "./types";

/**
 * For one criterion j: the flip thresholds of its normalised weight. Setting w_j = t and
 * scaling the other weights to keep their proportions (w_k(t) = (1 - t) * u_k, u summing to
 * 1), lowerFlip is the largest t below the current w_j and upperFlip the smallest t above it
 * at which the leader changes; null when none exists in [0, 1]. lowerLeader and upperLeader
 * name (by index) the alternative that leads just past each flip.
 */
export type Flip = {
  criterion: number;
  weight: number;
  lowerFlip: number | null;
  upperFlip: number | null;
  lowerLeader: number | null;
  upperLeader: number | null;
};

/** The nearest change of leader on each side of the current weight, and who leads past it. */
export type NearestFlips = Pick<Flip, "lowerFlip" | "upperFlip" | "lowerLeader" | "upperLeader">;

const NO_FLIP: NearestFlips = { lowerFlip: null, upperFlip: null, lowerLeader: null, upperLeader: null };

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
 * Weighted sum, exact: every score is linear in t, s_i(t) = t * a_i + (1 - t) * b_i, so the
 * leader L meets a rival m where d(t) = s_L(t) - s_m(t) crosses zero, at t* = d(0) / (d(0) - d(1)).
 * The nearest crossing on each side is the rival that leads past it.
 */
function wsmNearest(a: ArrayLike<number>, b: ArrayLike<number>, w: number, leader: number): NearestFlips {
  const out = { ...NO_FLIP };
  const aL = a[leader]!;
  const bL = b[leader]!;
  for (let m = 0; m < a.length; m++) {
    if (m === leader) continue;
    const d0 = bL - b[m]!;
    const d1 = aL - a[m]!;
    if (d0 === d1) continue;
    const t = d0 / (d0 - d1);
    if (t < 0 || t > 1) continue;
    // The rival leads beyond t* only if d is negative on that side.
    if (t < w && d0 < -TIE_TOLERANCE && (out.lowerFlip === null || t > out.lowerFlip)) {
      out.lowerFlip = t;
      out.lowerLeader = m;
    }
    if (t > w && d1 < -TIE_TOLERANCE && (out.upperFlip === null || t < out.upperFlip)) {
      out.upperFlip = t;
      out.upperLeader = m;
    }
  }
  return out;
}

export function wsmFlips(r: DenseMatrix, weights: Float64Array, leader: number): Flip[] {
  const { rows, cols, values } = r;
  const flips: Flip[] = [];
  const a = new Float64Array(rows);
  const b = new Float64Array(rows);
  const scores = weightedScores(r, weights);
  for (let j = 0; j < cols; j++) {
    const w = weights[j]!;
    if (cols === 1) {
      flips.push({ criterion: j, weight: w, ...NO_FLIP });
      continue;
    }
    for (let i = 0; i < rows; i++) a[i] = values[i * cols + j]!;
    const rest = 1 - w;
    if (rest > STABLE_REST) {
      // b_i = (score_i - w_j * r_ij) / (1 - w_j): O(1) per alternative.
      for (let i = 0; i < rows; i++) b[i] = (scores[i]! - w * a[i]!) / rest;
    } else {
      const u = otherShares(weights, j);
      for (let i = 0; i < rows; i++) {
        let sum = 0;
        for (let k = 0; k < cols; k++) if (k !== j) sum += u[k]! * values[i * cols + k]!;
        b[i] = sum;
      }
    }
    flips.push({ criterion: j, weight: w, ...wsmNearest(a, b, w, leader) });
  }
  return flips;
}

/** Grid steps over [0, 1] for TOPSIS before bisection; flips closer together than 1/GRID may be missed. */
const TOPSIS_GRID = 200;
const BISECTION_TOLERANCE = 1e-6;

/** TOPSIS's squared distances along one direction: D^2_i(t) = t^2 * A_i + (1 - t)^2 * B_i, to the ideal (plus) and the anti-ideal (minus). */
type TopsisParts = { aPlus: Float64Array; bPlus: Float64Array; aMinus: Float64Array; bMinus: Float64Array };

function topsisPartsOf(rows: number): TopsisParts {
  return { aPlus: new Float64Array(rows), bPlus: new Float64Array(rows), aMinus: new Float64Array(rows), bMinus: new Float64Array(rows) };
}

function topsisScoresAt(p: TopsisParts, t: number, out: Float64Array): Float64Array {
  const t2 = t * t;
  const c2 = (1 - t) * (1 - t);
  for (let i = 0; i < out.length; i++) out[i] = closeness(Math.sqrt(t2 * p.aPlus[i]! + c2 * p.bPlus[i]!), Math.sqrt(t2 * p.aMinus[i]! + c2 * p.bMinus[i]!));
  return out;
}

/**
 * TOPSIS, numeric: each t costs O(alternatives). A grid of TOPSIS_GRID steps finds the nearest
 * change of leader on each side, and bisection narrows it to BISECTION_TOLERANCE (well within
 * the 1e-4 the API promises).
 */
function topsisNearest(p: TopsisParts, w: number, leader: number, scores: Float64Array): NearestFlips {
  const leaderAt = (t: number) => leaderOf(topsisScoresAt(p, t, scores));
  const narrow = (inside: number, outside: number) => {
    // `inside` keeps the leader, `outside` does not; close in on the boundary.
    while (Math.abs(outside - inside) > BISECTION_TOLERANCE) {
      const mid = (inside + outside) / 2;
      if (leaderAt(mid) === leader) inside = mid;
      else outside = mid;
    }
    return outside;
  };
  const out = { ...NO_FLIP };
  let previous = w;
  for (let g = Math.floor(w * TOPSIS_GRID); g >= 0; g--) {
    const t = g / TOPSIS_GRID;
    if (t >= w) continue;
    if (leaderAt(t) !== leader) {
      out.lowerFlip = narrow(previous, t);
      out.lowerLeader = leaderAt(out.lowerFlip);
      break;
    }
    previous = t;
  }
  previous = w;
  for (let g = Math.ceil(w * TOPSIS_GRID); g <= TOPSIS_GRID; g++) {
    const t = g / TOPSIS_GRID;
    if (t <= w) continue;
    if (leaderAt(t) !== leader) {
      out.upperFlip = narrow(previous, t);
      out.upperLeader = leaderAt(out.upperFlip);
      break;
    }
    previous = t;
  }
  return out;
}

/** TOPSIS, with the ideals fixed by the normalised matrix: the distances' parts per criterion cost O(alternatives) each. */
export function topsisFlips(r: DenseMatrix, weights: Float64Array, higherIsBetter: readonly boolean[], leader: number): Flip[] {
  const { rows, cols, values } = r;
  const { ideal, antiIdeal } = idealPoints(r, higherIsBetter);
  const flips: Flip[] = [];
  const parts = topsisPartsOf(rows);
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
      flips.push({ criterion: j, weight: w, ...NO_FLIP });
      continue;
    }
    const rest = 1 - w;
    const u = rest > STABLE_REST ? null : otherShares(weights, j);
    for (let i = 0; i < rows; i++) {
      const base = i * cols;
      const p = values[base + j]! - ideal[j]!;
      const q = values[base + j]! - antiIdeal[j]!;
      parts.aPlus[i] = p * p;
      parts.aMinus[i] = q * q;
      if (!u) {
        // B_i = (D^2_i - w_j^2 * A_i) / (1 - w_j)^2, clamped against rounding below zero.
        parts.bPlus[i] = Math.max(0, (totalPlus[i]! - w * w * parts.aPlus[i]!) / (rest * rest));
        parts.bMinus[i] = Math.max(0, (totalMinus[i]! - w * w * parts.aMinus[i]!) / (rest * rest));
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
      parts.bPlus[i] = sp;
      parts.bMinus[i] = sm;
    }
    flips.push({ criterion: j, weight: w, ...topsisNearest(parts, w, leader, scores) });
  }
  return flips;
}

/**
 * How every score moves as the total normalised weight t of a group of criteria (one
 * criterion, or a category's) goes from 0 to 1, the group keeping its inner proportions and
 * the other criteria theirs: the direction a single slider moves the weights in.
 */
export type WeightLine = {
  method: ScoringMethod;
  /** The group's current total weight. */
  weight: number;
  /** Weighted sum: s_i(t) = t * a_i + (1 - t) * b_i. */
  a: Float64Array;
  b: Float64Array;
  /** TOPSIS: the distances' parts (empty arrays for the weighted sum). */
  topsis: TopsisParts;
};

/** Shares within a set of criteria that keep their proportions; equal shares when they all weigh 0. */
function sharesWithin(weights: Float64Array, members: readonly number[]): Map<number, number> {
  let total = 0;
  for (const k of members) total += weights[k]!;
  return new Map(members.map((k) => [k, total > 1e-12 ? weights[k]! / total : 1 / members.length]));
}

/** The line of a group of criteria (column indices); null when it is empty or holds every criterion (no other weight to trade with). */
export function weightLine(scored: Scored, group: readonly number[]): WeightLine | null {
  const { rows, cols, values } = scored.normalised;
  const inGroup = new Set(group.filter((k) => k >= 0 && k < cols));
  if (inGroup.size === 0 || inGroup.size === cols) return null;
  const others = Array.from({ length: cols }, (_, k) => k).filter((k) => !inGroup.has(k));
  const own = sharesWithin(scored.weights, [...inGroup]);
  const rest = sharesWithin(scored.weights, others);
  let weight = 0;
  for (const k of inGroup) weight += scored.weights[k]!;
  const a = new Float64Array(rows);
  const b = new Float64Array(rows);
  if (scored.method === "wsm") {
    for (let i = 0; i < rows; i++) {
      for (const [k, u] of own) a[i] = a[i]! + u * values[i * cols + k]!;
      for (const [k, u] of rest) b[i] = b[i]! + u * values[i * cols + k]!;
    }
    return { method: "wsm", weight, a, b, topsis: topsisPartsOf(0) };
  }
  const { ideal, antiIdeal } = idealPoints(scored.normalised, scored.higherIsBetter);
  const parts = topsisPartsOf(rows);
  const add = (shares: Map<number, number>, plus: Float64Array, minus: Float64Array, i: number) => {
    for (const [k, u] of shares) {
      const x = values[i * cols + k]!;
      plus[i] = plus[i]! + (u * (x - ideal[k]!)) ** 2;
      minus[i] = minus[i]! + (u * (x - antiIdeal[k]!)) ** 2;
    }
  };
  for (let i = 0; i < rows; i++) {
    add(own, parts.aPlus, parts.aMinus, i);
    add(rest, parts.bPlus, parts.bMinus, i);
  }
  return { method: "topsis", weight, a, b, topsis: parts };
}

/** Every alternative's score with the group's total weight at t. */
export function scoresAlong(line: WeightLine, t: number, out = new Float64Array(line.a.length)): Float64Array {
  if (line.method === "topsis") return topsisScoresAt(line.topsis, t, out);
  for (let i = 0; i < out.length; i++) out[i] = t * line.a[i]! + (1 - t) * line.b[i]!;
  return out;
}

/** The nearest changes of leader as the group's weight moves down or up from where it is. */
export function lineFlips(line: WeightLine, leader: number): NearestFlips {
  return line.method === "wsm"
    ? wsmNearest(line.a, line.b, line.weight, leader)
    : topsisNearest(line.topsis, line.weight, leader, new Float64Array(line.a.length));
}
