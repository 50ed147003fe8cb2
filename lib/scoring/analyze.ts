import type { Scored } from "./score-matrix";
import { topsisFlips, wsmFlips, type Flip } from "./sensitivity";

/** Flip thresholds of every criterion for a scored matrix. */
export function flipThresholds(scored: Scored): Flip[] {
  const leader = scored.order[0]!;
  return scored.method === "wsm"
    ? wsmFlips(scored.normalised, scored.weights, leader)
    : topsisFlips(scored.normalised, scored.weights, scored.higherIsBetter, leader, scored.order.slice(1));
}
