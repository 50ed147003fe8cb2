import type { Flip, WeightSensitivity } from "./sensitivity";

/** Flip thresholds of every criterion for a scored problem, by whatever means its method provides. */
export function flipThresholds(scored: { sensitivity: WeightSensitivity }): Flip[] {
  return scored.sensitivity.flips();
}
