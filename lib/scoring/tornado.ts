import type { WeightSensitivity } from "./sensitivity";

/**
 * One-way sensitivity for a tornado chart: for each criterion, the current leader's margin
 * over the best other alternative when that criterion's weight is dropped to 0 and when it is
 * doubled (capped at 1), the other weights keeping their proportions. A negative margin means
 * the leader would lose first place. The normalised matrix does not depend on the weights, so
 * only the scoring step is repeated, along each criterion (along-criterion.ts).
 */
export type TornadoBar = { criterion: number; base: number; dropped: number; doubled: number; swing: number };

function leaderMargin(scores: Float64Array, leader: number): number {
  let rival = -Infinity;
  for (let i = 0; i < scores.length; i++) if (i !== leader && scores[i]! > rival) rival = scores[i]!;
  return scores[leader]! - rival;
}

/** What the tornado reads of a scored problem, whichever method scored it. */
type ScoredProblem = { order: readonly number[]; scores: Float64Array; weights: Float64Array; sensitivity: WeightSensitivity };

export function tornado(scored: ScoredProblem): TornadoBar[] {
  const leader = scored.order[0]!;
  const base = leaderMargin(scored.scores, leader);
  const w = scored.weights;
  const n = w.length;
  const along = scored.sensitivity.along();
  const scores = new Float64Array(scored.scores.length);
  const bars: TornadoBar[] = [];
  for (let j = 0; j < n; j++) {
    along.prepare(j);
    const dropped = n > 1 ? leaderMargin(along.scoresAt(0, scores), leader) : base;
    const doubled = leaderMargin(along.scoresAt(Math.min(1, 2 * w[j]!), scores), leader);
    bars.push({ criterion: j, base, dropped, doubled, swing: Math.abs(doubled - dropped) });
  }
  return bars.sort((a, b) => b.swing - a.swing);
}
