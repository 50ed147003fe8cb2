import type { Result } from "./types";

/**
 * Scales non-negative weights to sum 1. Refuses negative, non-finite or all-zero weights
 * (with the index of the first bad one), since no ranking follows from them.
 */
export function normaliseWeights(weights: readonly number[]): Result<Float64Array> {
  let total = 0;
  for (let j = 0; j < weights.length; j++) {
    const w = weights[j]!;
    // The weight as JavaScript writes it (NaN, Infinity, -0.5, 1e-7): a parameter of text, said as it is.
    if (!Number.isFinite(w))
      return { ok: false, error: `weight ${j}: ${w} is not a finite number`, code: "weight-not-finite", params: { index: j, weight: String(w) } };
    if (w < 0) return { ok: false, error: `weight ${j}: ${w} is below 0`, code: "weight-below-zero", params: { index: j, weight: String(w) } };
    total += w;
  }
  if (total <= 0) return { ok: false, error: "all weights are zero: at least one must be above 0", code: "weights-all-zero" };
  const out = new Float64Array(weights.length);
  for (let j = 0; j < weights.length; j++) out[j] = weights[j]! / total;
  return { ok: true, value: out };
}
