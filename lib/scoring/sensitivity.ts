import { topsisAlong, wsmAlong } from "./along-criterion";
import { leaderOf, TIE_TOLERANCE } from "./rank";
import type { Scored } from "./score-matrix";
import { closeness, idealPoints } from "./topsis";
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
  const { cols } = r;
  const flips: Flip[] = [];
  const along = wsmAlong(r, weights);
  for (let j = 0; j < cols; j++) {
    const w = weights[j]!;
    if (cols === 1) {
      flips.push({ criterion: j, weight: w, ...NO_FLIP });
      continue;
    }
    along.prepare(j);
    flips.push({ criterion: j, weight: w, ...wsmNearest(along.a, along.b, w, leader) });
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
 * the 1e-4 the API promises). `leaderHolds(t)` says whether the leader keeps first place at t;
 * `leaderAt(t)` names who leads past a flip, asked once per flip found.
 */
function topsisNearest(w: number, leaderHolds: (t: number) => boolean, leaderAt: (t: number) => number): NearestFlips {
  const narrow = (inside: number, outside: number) => {
    // `inside` keeps the leader, `outside` does not; close in on the boundary.
    while (Math.abs(outside - inside) > BISECTION_TOLERANCE) {
      const mid = (inside + outside) / 2;
      if (leaderHolds(mid)) inside = mid;
      else outside = mid;
    }
    return outside;
  };
  const out = { ...NO_FLIP };
  let previous = w;
  for (let g = Math.floor(w * TOPSIS_GRID); g >= 0; g--) {
    const t = g / TOPSIS_GRID;
    if (t >= w) continue;
    if (!leaderHolds(t)) {
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
    if (!leaderHolds(t)) {
      out.upperFlip = narrow(previous, t);
      out.upperLeader = leaderAt(out.upperFlip);
      break;
    }
    previous = t;
  }
  return out;
}

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
  const leaderAt = (t: number) => leaderOf(along.scoresAt(t, scores));
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
    return leaderAt(t) === leader;
  };

  for (let j = 0; j < cols; j++) {
    const w = weights[j]!;
    if (cols === 1) {
      flips.push({ criterion: j, weight: w, ...NO_FLIP });
      continue;
    }
    along.prepare(j);
    flips.push({ criterion: j, weight: w, ...topsisNearest(w, leaderHolds, leaderAt) });
  }
  return flips;
}

/**
 * How every score moves as the total normalised weight t of a group of criteria (one
 * criterion, or a category's) goes from 0 to 1, the group keeping its inner proportions and
 * the other criteria theirs: the direction a single slider moves the weights in.
 */
type WeightLine = {
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
  return line.method === "wsm" ? wsmNearest(line.a, line.b, line.weight, leader) : topsisLineNearest(line, leader);
}

function topsisLineNearest(line: WeightLine, leader: number): NearestFlips {
  const scores = new Float64Array(line.a.length);
  const leaderAt = (t: number) => leaderOf(topsisScoresAt(line.topsis, t, scores));
  return topsisNearest(line.weight, (t) => leaderAt(t) === leader, leaderAt);
}
