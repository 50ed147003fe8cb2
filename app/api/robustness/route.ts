import { ROBUSTNESS } from "@/lib/auth/rate-limits";
import { ANALYZE_LIMITS } from "@/lib/domain/analyze";
import { robustnessRequestSchema, robustnessResponseSchema } from "@/lib/domain/robustness";
import { robustnessOffThread } from "@/lib/server/analyze/analyze-pool";
import { engineResponse } from "@/lib/server/analyze/engine-response";
import { clientOf } from "@/lib/server/api/client-of";
import { readJsonBody } from "@/lib/server/api/read-json-body";
import { tooManyRequests } from "@/lib/server/api/too-many-requests";
import { spendBudget } from "@/lib/server/rate-limits/rate-limit-store";

/**
 * SMAA-2 robustness of a ranking under uncertain weights (contract in README): open to anyone,
 * so bounded in work (ROBUSTNESS_LIMITS), rate-limited per client and run on the engine's
 * worker thread with its time limit. Without a seed it draws one and says which.
 */
export async function POST(request: Request) {
  const wait = await spendBudget(`robustness:${clientOf(request)}`, ROBUSTNESS);
  if (wait > 0) return tooManyRequests(`too many robustness runs from this client: try again in ${Math.ceil(wait / 1000)} s`, wait);
  const body = await readJsonBody(request, robustnessRequestSchema, ANALYZE_LIMITS.bodyBytes);
  if (!body.ok) return body.response;
  const seed = body.data.seed ?? crypto.getRandomValues(new Uint32Array(1))[0]!;
  return engineResponse(await robustnessOffThread({ ...body.data, seed }), robustnessResponseSchema);
}
