import type { RobustnessRequest, RobustnessResponse } from "../domain/robustness";
import { seededRandom } from "../random";
import { inPerspective } from "./in-perspective";
import { methodOf } from "./methods/registry";
import { smaa, type WeightModel } from "./smaa";
import type { Result } from "./types";

function weightModelOf(request: RobustnessRequest): WeightModel {
  switch (request.weightModel) {
    case "simplex":
      return { kind: "simplex" };
    case "intervals":
      return { kind: "intervals", intervals: request.criteria.map((c) => c.weightInterval!) };
    case "ordinal":
      return { kind: "ordinal", ranks: request.criteria.map((c) => c.rank!) };
  }
}

/**
 * The POST /api/robustness computation (SMAA-2): a checked request and the seed to use in, the
 * contract's response out; the browser's worker runs it too, hearing the samples done.
 */
export function robustness(request: RobustnessRequest & { seed: number }, onProgress?: (done: number) => void): Result<RobustnessResponse> {
  // The weights are the model's: any positive ones let the method prepare the weight-independent work.
  const criteria = request.criteria.map((c) => ({ ...c, weight: 1 }));
  const scorer = methodOf(request.method).weightScorer(inPerspective({ ...request, criteria }), criteria);
  if (!scorer.ok) return scorer;
  const n = request.alternatives.length;
  const ids = request.criteria.map((c) => c.id);
  const result = smaa(scorer.value, n, ids.length, weightModelOf(request), request.samples, seededRandom(request.seed), onProgress);
  const acceptability = (i: number) => Array.from(result.rankAcceptability.subarray(i * n, (i + 1) * n));
  return {
    ok: true,
    value: {
      samples: request.samples,
      seed: request.seed,
      rankAcceptability: Object.fromEntries(request.alternatives.map((alt, i) => [alt, acceptability(i)])),
      centralWeights: Object.fromEntries(
        request.alternatives.map((alt, i) => {
          const w = result.centralWeights[i];
          return [alt, w ? Object.fromEntries(ids.map((id, j) => [id, w[j]!])) : null];
        }),
      ),
      firstRankAcceptability: Object.fromEntries(request.alternatives.map((alt, i) => [alt, result.rankAcceptability[i * n]!])),
    },
  };
}
