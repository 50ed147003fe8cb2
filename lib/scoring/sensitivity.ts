import { type AlongCriterion, topsisAlong, wsmAlong } from "./along-criterion";
import { leaderOf, TIE_TOLERANCE } from "./rank";
import { closeness, idealPoints } from "./topsis";
import type { DenseMatrix } from "./types";

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
export type WeightLine = {
  /** The group's current total weight. */
  weight: number;
  /** Every alternative's score with the group's total weight at t. */
  scoresAt(t: number, out?: Float64Array): Float64Array;
  /** The nearest changes of leader as the group's weight moves down or up from where it is. */
  nearestFlips(leader: number): NearestFlips;
};

/**
 * How the scores of one scored problem answer to its weights: the flip points, the tornado's
 * scores along one criterion at a time, and the line of any group of criteria. The method
 * that scored the problem builds it (lib/scoring/methods): exactly where scores are linear
 * or quadratic in the weights, by a numeric search from its weight scorer otherwise.
 */
export type WeightSensitivity = {
  flips(): Flip[];
  along(): AlongCriterion;
  /** null when the group is empty or holds every criterion (no other weight to trade with). */
  line(group: readonly number[]): WeightLine | null;
};

/** Criteria (column indices) and each one's share of their total weight. */
type Shares = { index: Int32Array; share: Float64Array };

/** Shares within a set of criteria that keep their proportions; equal shares when they all weigh 0. */
function sharesWithin(weights: Float64Array, members: Int32Array): Shares {
  let total = 0;
  for (const k of members) total += weights[k]!;
  const share = new Float64Array(members.length);
  members.forEach((k, n) => {
    share[n] = total > 1e-12 ? weights[k]! / total : 1 / members.length;
  });
  return { index: members, share };
}

/**
 * A group's own shares (in the group's order), the others' shares (by column) and its total
 * weight; null for an empty group or every criterion. Typed arrays, not maps: the sliders'
 * notes take a line per category on every weight change.
 */
function groupSplit(weights: Float64Array, group: readonly number[]) {
  const cols = weights.length;
  const inGroup = new Uint8Array(cols);
  const own: number[] = [];
  for (const k of group) {
    if (k < 0 || k >= cols || inGroup[k]) continue;
    inGroup[k] = 1;
    own.push(k);
  }
  if (own.length === 0 || own.length === cols) return null;
  const others = new Int32Array(cols - own.length);
  for (let k = 0, n = 0; k < cols; k++) if (!inGroup[k]) others[n++] = k;
  let weight = 0;
  for (const k of own) weight += weights[k]!;
  return { own: sharesWithin(weights, Int32Array.from(own)), rest: sharesWithin(weights, others), weight };
}

/** sum over the shares of share * values[row, k], for every row, added into out. */
function addWeighted(shares: Shares, values: ArrayLike<number>, rows: number, cols: number, out: Float64Array): void {
  const { index, share } = shares;
  for (let i = 0; i < rows; i++) {
    let sum = out[i]!;
    for (let n = 0; n < index.length; n++) sum += share[n]! * values[i * cols + index[n]!]!;
    out[i] = sum;
  }
}

/** Linear scores s = sum_j w_j r_ij (the weighted sum; PROMETHEE II on its net flows): every flip is exact. */
export function linearSensitivity(r: DenseMatrix, weights: Float64Array, order: readonly number[]): WeightSensitivity {
  const { rows, cols, values } = r;
  return {
    flips: () => wsmFlips(r, weights, order[0]!),
    along: () => wsmAlong(r, weights),
    line(group) {
      const split = groupSplit(weights, group);
      if (!split) return null;
      const a = new Float64Array(rows);
      const b = new Float64Array(rows);
      addWeighted(split.own, values, rows, cols, a);
      addWeighted(split.rest, values, rows, cols, b);
      return {
        weight: split.weight,
        scoresAt(t, out: Float64Array = new Float64Array(rows)) {
          for (let i = 0; i < rows; i++) out[i] = t * a[i]! + (1 - t) * b[i]!;
          return out;
        },
        nearestFlips: (leader) => wsmNearest(a, b, split.weight, leader),
      };
    },
  };
}

/** TOPSIS's closeness on a normalised matrix: squared distances quadratic in the weights, flips found numerically. */
export function distanceSensitivity(r: DenseMatrix, weights: Float64Array, higherIsBetter: readonly boolean[], order: readonly number[]): WeightSensitivity {
  const { rows, cols, values } = r;
  return {
    flips: () => topsisFlips(r, weights, higherIsBetter, order[0]!, order.slice(1)),
    along: () => topsisAlong(r, weights, higherIsBetter),
    line(group) {
      const split = groupSplit(weights, group);
      if (!split) return null;
      const { ideal, antiIdeal } = idealPoints(r, higherIsBetter);
      const parts = topsisPartsOf(rows);
      const add = ({ index, share }: Shares, plus: Float64Array, minus: Float64Array, i: number) => {
        for (let n = 0; n < index.length; n++) {
          const k = index[n]!;
          const u = share[n]!;
          const x = values[i * cols + k]!;
          plus[i] = plus[i]! + (u * (x - ideal[k]!)) ** 2;
          minus[i] = minus[i]! + (u * (x - antiIdeal[k]!)) ** 2;
        }
      };
      for (let i = 0; i < rows; i++) {
        add(split.own, parts.aPlus, parts.aMinus, i);
        add(split.rest, parts.bPlus, parts.bMinus, i);
      }
      const scoresAt = (t: number, out: Float64Array = new Float64Array(rows)) => topsisScoresAt(parts, t, out);
      return { weight: split.weight, scoresAt, nearestFlips: (leader) => lineNearest(split.weight, scoresAt, rows, leader) };
    },
  };
}

/** Leader changes along a line by the grid search and bisection of topsisNearest, scoring every alternative at each step. */
function lineNearest(weight: number, scoresAt: WeightLine["scoresAt"], rows: number, leader: number): NearestFlips {
  const scores = new Float64Array(rows);
  const leaderAt = (t: number) => leaderOf(scoresAt(t, scores));
  return topsisNearest(weight, (t) => leaderAt(t) === leader, leaderAt);
}

/**
 * Any method, from its weight scorer (the scores for any weight vector): each value of t
 * rescores the problem, and flips are found by the grid search and bisection TOPSIS uses.
 * The fallback for a method that knows nothing of its scores' shape in the weights.
 */
export function numericSensitivity(
  scorer: (weights: Float64Array, out: Float64Array) => Float64Array,
  weights: Float64Array,
  rows: number,
  order: readonly number[],
): WeightSensitivity {
  const cols = weights.length;
  const lineOf = (group: readonly number[]): WeightLine | null => {
    const split = groupSplit(weights, group);
    if (!split) return null;
    const at = new Float64Array(cols);
    const scoresAt = (t: number, out: Float64Array = new Float64Array(rows)) => {
      at.fill(0);
      split.own.index.forEach((k, n) => {
        at[k] = t * split.own.share[n]!;
      });
      split.rest.index.forEach((k, n) => {
        at[k] = (1 - t) * split.rest.share[n]!;
      });
      return scorer(at, out);
    };
    const scores = new Float64Array(rows);
    const leaderAt = (t: number) => leaderOf(scoresAt(t, scores));
    // A tie is not a loss (as for the exact weighted sum): the leader holds while no rival passes it by more than the tolerance.
    const leaderHolds = (leader: number) => (t: number) => {
      scoresAt(t, scores);
      for (let i = 0; i < rows; i++) if (scores[i]! > scores[leader]! + TIE_TOLERANCE) return false;
      return true;
    };
    return { weight: split.weight, scoresAt, nearestFlips: (leader) => topsisNearest(split.weight, leaderHolds(leader), leaderAt) };
  };
  return {
    flips: () =>
      Array.from({ length: cols }, (_, j): Flip => {
        const line = lineOf([j]);
        return { criterion: j, weight: weights[j]!, ...(line ? line.nearestFlips(order[0]!) : NO_FLIP) };
      }),
    along() {
      let line: WeightLine | null = null;
      return {
        prepare(j) {
          line = lineOf([j]);
        },
        // A single criterion holds all the weight there is: its scores do not move.
        scoresAt: (t, out) => (line ? line.scoresAt(t, out) : scorer(weights, out)),
      };
    },
    line: lineOf,
  };
}

/** The line of a group of criteria (column indices) of a scored problem; null when it is empty or holds every criterion. */
export function weightLine(scored: { sensitivity: WeightSensitivity }, group: readonly number[]): WeightLine | null {
  return scored.sensitivity.line(group);
}

/** Every alternative's score with the group's total weight at t. */
export function scoresAlong(line: WeightLine, t: number, out?: Float64Array): Float64Array {
  return line.scoresAt(t, out);
}

/** The nearest changes of leader as the group's weight moves down or up from where it is. */
export function lineFlips(line: WeightLine, leader: number): NearestFlips {
  return line.nearestFlips(leader);
}
