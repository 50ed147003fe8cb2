import type { Direction } from "../domain/vocabulary";
import type { DenseMatrix } from "./types";

/**
 * A PROMETHEE preference function (Brans & Vincke 1985; Brans & Mareschal 2005): how strongly
 * a is preferred to b on one criterion, from d, a's advantage over b in the criterion's units.
 * q is an indifference threshold, p a strict-preference threshold, s the Gaussian's inflection.
 */
export type PreferenceFunction =
  | { type: "usual" }
  | { type: "ushape"; q: number }
  | { type: "vshape"; p: number }
  | { type: "level"; q: number; p: number }
  | { type: "linear"; q: number; p: number }
  | { type: "gaussian"; s: number };

export const PREFERENCE_TYPES = ["usual", "ushape", "vshape", "level", "linear", "gaussian"] as const satisfies readonly PreferenceFunction["type"][];

/** P(d) in [0, 1]; every function is 0 for d <= 0. */
export function preferenceOf(fn: PreferenceFunction): (d: number) => number {
  switch (fn.type) {
    case "usual":
      return (d) => (d > 0 ? 1 : 0);
    case "ushape":
      return (d) => (d > fn.q ? 1 : 0);
    case "vshape":
      return (d) => (d <= 0 ? 0 : d <= fn.p ? d / fn.p : 1);
    case "level":
      return (d) => (d <= fn.q ? 0 : d <= fn.p ? 0.5 : 1);
    case "linear":
      return (d) => (d <= fn.q ? 0 : d <= fn.p ? (d - fn.q) / (fn.p - fn.q) : 1);
    case "gaussian": {
      const twoS2 = 2 * fn.s * fn.s;
      return (d) => (d <= 0 ? 0 : 1 - Math.exp(-(d * d) / twoS2));
    }
  }
}

/**
 * The unicriterion flows: positive_ij = sum_b P_j(i, b) / (n - 1), how much alternative i
 * outranks the others on criterion j, and negative_ij = sum_b P_j(b, i) / (n - 1). They do not
 * depend on the weights: every flow of PROMETHEE II is their weighted sum, phi(a) =
 * sum_j w_j * (positive_aj - negative_aj), so scores, contributions and flip points follow
 * from the weighted sum of the net matrix. O(n^2 m).
 */
export function unicriterionFlows(
  x: DenseMatrix,
  directions: readonly Direction[],
  functions: readonly PreferenceFunction[],
): { positive: DenseMatrix; negative: DenseMatrix; net: DenseMatrix } {
  const { rows, cols, values } = x;
  const positive = new Float64Array(rows * cols);
  const negative = new Float64Array(rows * cols);
  const others = Math.max(1, rows - 1);
  // One column at a time, contiguous: the pair loop then stays in a few kilobytes.
  const column = new Float64Array(rows);
  const plus = new Float64Array(rows);
  const minus = new Float64Array(rows);
  for (let j = 0; j < cols; j++) {
    const P = preferenceOf(functions[j]!);
    const sign = directions[j] === "cost" ? -1 : 1;
    for (let i = 0; i < rows; i++) column[i] = sign * values[i * cols + j]!;
    plus.fill(0);
    minus.fill(0);
    for (let a = 0; a < rows; a++) {
      const xa = column[a]!;
      let plusA = 0;
      let minusA = 0;
      for (let b = a + 1; b < rows; b++) {
        // P is 0 for d <= 0, so at most one of P(d) and P(-d) needs computing.
        const d = xa - column[b]!;
        if (d > 0) {
          const ab = P(d);
          plusA += ab;
          minus[b] = minus[b]! + ab;
        } else if (d < 0) {
          const ba = P(-d);
          minusA += ba;
          plus[b] = plus[b]! + ba;
        }
      }
      plus[a] = plus[a]! + plusA;
      minus[a] = minus[a]! + minusA;
    }
    for (let i = 0; i < rows; i++) {
      positive[i * cols + j] = plus[i]! / others;
      negative[i * cols + j] = minus[i]! / others;
    }
  }
  const net = new Float64Array(rows * cols);
  for (let k = 0; k < rows * cols; k++) net[k] = positive[k]! - negative[k]!;
  return { positive: { rows, cols, values: positive }, negative: { rows, cols, values: negative }, net: { rows, cols, values: net } };
}
