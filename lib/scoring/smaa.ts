import type { WeightScorer } from "./methods/method";
import { TIE_TOLERANCE } from "./rank";

/**
 * What is known of the weights (Lahdelma & Salminen, SMAA-2, Operations Research 49, 2001):
 * nothing ("simplex": uniform over all weights summing to 1), an interval per criterion
 * (each drawn uniformly from its interval, then all scaled to sum 1), or an importance rank per
 * criterion (1 = most important; uniform over the weights that respect it, criteria sharing a
 * rank getting equal weights).
 */
export type WeightModel =
  | { kind: "simplex" }
  | { kind: "intervals"; intervals: readonly (readonly [number, number])[] }
  | { kind: "ordinal"; ranks: readonly number[] };

/**
 * A point uniform on the simplex: the gaps between n - 1 sorted uniform draws on [0, 1]
 * (Devroye, Non-Uniform Random Variate Generation, 1986, V.2). Only sorting and subtraction,
 * which every JavaScript engine rounds alike, so a seed gives the same weights in the browser
 * as on the server; exponential draws would need Math.log, whose last bit differs between V8
 * versions (Node 20 and Chromium 156 disagree on 7% of draws).
 */
function uniformOnSimplex(random: () => number, out: Float64Array, cuts: Float64Array) {
  for (let k = 0; k < cuts.length; k++) cuts[k] = random();
  cuts.sort();
  let previous = 0;
  for (let k = 0; k < cuts.length; k++) {
    out[k] = cuts[k]! - previous;
    previous = cuts[k]!;
  }
  out[out.length - 1] = 1 - previous;
}

/** A function that fills a weight vector (summing to 1) with one draw from the model. */
export function weightSampler(model: WeightModel, criteria: number, random: () => number): (out: Float64Array) => void {
  switch (model.kind) {
    case "simplex": {
      const cuts = new Float64Array(Math.max(0, criteria - 1));
      return (out) => uniformOnSimplex(random, out, cuts);
    }
    case "intervals":
      return (out) => {
        let total = 0;
        for (let j = 0; j < criteria; j++) {
          const [lo, hi] = model.intervals[j]!;
          out[j] = lo + (hi - lo) * random();
          total += out[j]!;
        }
        for (let j = 0; j < criteria; j++) out[j] = total > 0 ? out[j]! / total : 1 / criteria;
      };
    case "ordinal": {
      // Levels of importance, most important first, and how many criteria each holds. With
      // g_k the weight of level k, g_1 >= ... >= g_L >= 0 and sum_k size_k g_k = 1, the gaps
      // d_k = g_k - g_(k+1) scaled by the criteria at or above level k, x_k = d_k * above_k,
      // are uniform on the simplex (a linear map), so the weights are too.
      const levels = [...new Set(model.ranks)].sort((a, b) => a - b);
      const levelOf = model.ranks.map((r) => levels.indexOf(r));
      const above = levels.map((_, k) => levelOf.filter((l) => l <= k).length);
      const x = new Float64Array(levels.length);
      const cuts = new Float64Array(levels.length - 1);
      const g = new Float64Array(levels.length);
      return (out) => {
        uniformOnSimplex(random, x, cuts);
        let sum = 0;
        for (let k = levels.length - 1; k >= 0; k--) {
          sum += x[k]! / above[k]!;
          g[k] = sum;
        }
        for (let j = 0; j < criteria; j++) out[j] = g[levelOf[j]!]!;
      };
    }
  }
}

type SmaaResult = {
  /** acceptability[i * n + r]: the share of weights that rank alternative i at place r + 1. */
  rankAcceptability: Float64Array;
  /** The mean weights that make each alternative first, or null if none does. */
  centralWeights: (Float64Array | null)[];
};

/**
 * SMAA-2 by Monte Carlo: draws `samples` weight vectors from the model, scores every
 * alternative for each and counts the places. Alternatives tied (within TIE_TOLERANCE) share
 * their places equally: k of them on places r..r+k-1 each count 1/k on every one of those.
 * Deterministic for a given `random`. `onProgress` hears the samples done about every 1%.
 */
export function smaa(
  scorer: WeightScorer,
  alternatives: number,
  criteria: number,
  model: WeightModel,
  samples: number,
  random: () => number,
  onProgress?: (done: number) => void,
): SmaaResult {
  const n = alternatives;
  const draw = weightSampler(model, criteria, random);
  const w = new Float64Array(criteria);
  const scores = new Float64Array(n);
  const order = Array.from({ length: n }, (_, i) => i);
  // Differences along each alternative's row of places: a tie adds 1/k at its first place
  // and takes it off after its last, so a tie costs O(k), not O(k^2); summed at the end.
  const placeDiff = new Float64Array(n * (n + 1));
  const central = new Float64Array(n * criteria);
  const firstShare = new Float64Array(n);
  const progressEvery = Math.max(1, Math.ceil(samples / 100));
  for (let s = 0; s < samples; s++) {
    if (onProgress && s > 0 && s % progressEvery === 0) onProgress(s);
    draw(w);
    scorer(w, scores);
    order.sort((a, b) => scores[b]! - scores[a]! || a - b);
    for (let start = 0; start < n; ) {
      let end = start + 1;
      while (end < n && scores[order[start]!]! - scores[order[end]!]! <= TIE_TOLERANCE) end++;
      const share = 1 / (end - start);
      for (let p = start; p < end; p++) {
        const i = order[p]!;
        placeDiff[i * (n + 1) + start] = placeDiff[i * (n + 1) + start]! + share;
        placeDiff[i * (n + 1) + end] = placeDiff[i * (n + 1) + end]! - share;
        if (start === 0) {
          firstShare[i] = firstShare[i]! + share;
          for (let j = 0; j < criteria; j++) central[i * criteria + j] = central[i * criteria + j]! + share * w[j]!;
        }
      }
      start = end;
    }
  }
  const rankAcceptability = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    let running = 0;
    for (let r = 0; r < n; r++) {
      running += placeDiff[i * (n + 1) + r]!;
      // Clamped: the running sum of +1/k and -1/k may leave a rounding residue either side.
      rankAcceptability[i * n + r] = Math.min(1, Math.max(0, running / samples));
    }
  }
  const centralWeights = Array.from({ length: n }, (_, i) =>
    firstShare[i]! > 0 ? Float64Array.from({ length: criteria }, (_, j) => central[i * criteria + j]! / firstShare[i]!) : null,
  );
  return { rankAcceptability, centralWeights };
}
