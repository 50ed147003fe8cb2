import type { Scored } from "./score-matrix";
import { topsis } from "./topsis";
import { weightedScores } from "./weighted-sum";

/**
 * One-way sensitivity for a tornado chart: for each criterion, the current leader's margin
 * over the best other alternative when that criterion's weight is dropped to 0 and when it is
 * doubled (capped at 1), the other weights keeping their proportions. A negative margin means
 * the leader would lose first place. The normalised matrix does not depend on the weights, so
 * only the scoring step is repeated.
 */
export type TornadoBar = { criterion: number; base: number; dropped: number; doubled: number; swing: number };

function leaderMargin(scores: Float64Array, leader: number): number {
  let rival = -Infinity;
  for (let i = 0; i < scores.length; i++) if (i !== leader && scores[i]! > rival) rival = scores[i]!;
  return scores[leader]! - rival;
}

export function tornado(scored: Scored): TornadoBar[] {
  const leader = scored.order[0]!;
  const base = leaderMargin(scored.scores, leader);
  const w = scored.weights;
  const n = w.length;
  const shifted = new Float64Array(n);
  const marginAt = (j: number, t: number) => {
    const rest = 1 - w[j]!;
    for (let k = 0; k < n; k++) shifted[k] = k === j ? t : rest > 1e-12 ? (w[k]! * (1 - t)) / rest : (1 - t) / (n - 1);
    const scores = scored.method === "wsm" ? weightedScores(scored.normalised, shifted) : topsis(scored.normalised, shifted, scored.higherIsBetter).scores;
    return leaderMargin(scores, leader);
  };
  const bars: TornadoBar[] = [];
  for (let j = 0; j < n; j++) {
    const dropped = n > 1 ? marginAt(j, 0) : base;
    const doubled = marginAt(j, Math.min(1, 2 * w[j]!));
    bars.push({ criterion: j, base, dropped, doubled, swing: Math.abs(doubled - dropped) });
  }
  return bars.sort((a, b) => b.swing - a.swing);
}
