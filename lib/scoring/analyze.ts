import type { AnalyzeRequest, AnalyzeResponse } from "../domain/analyze";
import { scoreMatrix, type Scored } from "./score-matrix";
import { topsisFlips, wsmFlips, type Flip } from "./sensitivity";
import type { Result } from "./types";

/** Flip thresholds of every criterion for a scored matrix. */
export function flipThresholds(scored: Scored): Flip[] {
  const leader = scored.order[0]!;
  return scored.method === "wsm"
    ? wsmFlips(scored.normalised, scored.weights, leader)
    : topsisFlips(scored.normalised, scored.weights, scored.higherIsBetter, leader, scored.order.slice(1));
}

/** The POST /api/analyze computation: a validated request in, the contract's response out. */
export function analyze(request: AnalyzeRequest): Result<AnalyzeResponse> {
  const scored = scoreMatrix({
    method: request.method,
    criteria: request.criteria,
    matrix: request.matrix,
    normalization: request.normalization,
    missing: request.missing,
  });
  if (!scored.ok) return scored;
  const s = scored.value;
  const ids = request.criteria.map((c) => c.id);
  const cols = ids.length;
  const contributions: AnalyzeResponse["contributions"] = {};
  request.alternatives.forEach((alt, i) => {
    contributions[alt] = Object.fromEntries(ids.map((id, j) => [id, s.contributions[i * cols + j]!]));
  });
  return {
    ok: true,
    value: {
      method: s.method,
      normalization: s.normalization,
      missing: s.missing,
      weights: Array.from(s.weights),
      ranking: s.order.map((i) => ({ alternative: request.alternatives[i]!, score: s.scores[i]!, rank: s.ranks[i]! })),
      contributions,
      sensitivity: flipThresholds(s).map((f) => ({ criterion: ids[f.criterion]!, weight: f.weight, lowerFlip: f.lowerFlip, upperFlip: f.upperFlip })),
    },
  };
}
