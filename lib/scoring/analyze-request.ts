import type { AnalyzeRequest, AnalyzeResponse } from "../domain/analyze";
import { evaluate } from "./methods/evaluate";
import { methodOf } from "./methods/registry";
import type { Result } from "./types";

/** Row-major per-cell values as { alternative: { criterion: value } }. */
function byAlternativeAndCriterion(values: Float64Array, alternatives: readonly string[], criteria: readonly string[]) {
  const cols = criteria.length;
  return Object.fromEntries(alternatives.map((alt, i) => [alt, Object.fromEntries(criteria.map((id, j) => [id, values[i * cols + j]!]))]));
}

/** The POST /api/analyze computation: a validated request in, the contract's response out, by the method the request names. */
export function analyze(request: AnalyzeRequest): Result<AnalyzeResponse> {
  const method = methodOf(request.method);
  const evaluated = evaluate(method.id, request, request.criteria);
  if (!evaluated.ok) return evaluated;
  const e = evaluated.value;
  const ids = request.criteria.map((c) => c.id);
  const alternatives = request.alternatives;
  const flows = e.flows;
  return {
    ok: true,
    value: {
      method: method.id,
      normalization: e.normalization,
      missing: e.missing,
      weights: Array.from(e.weights),
      ranking: e.order.map((i) => ({ alternative: alternatives[i]!, score: e.scores[i]!, rank: e.ranks[i]! })),
      contributions: byAlternativeAndCriterion(e.contributions, alternatives, ids),
      sensitivity: e.sensitivity.flips().map((f) => ({ criterion: ids[f.criterion]!, weight: f.weight, lowerFlip: f.lowerFlip, upperFlip: f.upperFlip })),
      ...(flows && {
        flows: Object.fromEntries(alternatives.map((alt, i) => [alt, { positive: flows.positive[i]!, negative: flows.negative[i]!, net: e.scores[i]! }])),
      }),
    },
  };
}
