import { ANALYZE } from "@/lib/auth/rate-limits";
import { ANALYZE_LIMITS, analyzeRequestSchema, analyzeResponseSchema } from "@/lib/domain/analyze";
import { analyzeOffThread } from "@/lib/server/analyze/analyze-pool";
import { engineResponse } from "@/lib/server/analyze/engine-response";
import { clientOf } from "@/lib/server/api/client-of";
import { readJsonBody } from "@/lib/server/api/read-json-body";
import { tooManyRequests } from "@/lib/server/api/too-many-requests";
import { spendBudget } from "@/lib/server/rate-limits/rate-limit-store";

/**
 * The scoring engine of /compare, for scripts and other tools (contract in README): open to
 * anyone, so bounded in size (ANALYZE_LIMITS), rate-limited per client, and run on a worker
 * thread with a time limit.
 */
export async function POST(request: Request) {
  const wait = await spendBudget(`analyze:${clientOf(request)}`, ANALYZE);
  if (wait > 0) return tooManyRequests(`too many analyses from this client: try again in ${Math.ceil(wait / 1000)} s`, wait);
  const body = await readJsonBody(request, analyzeRequestSchema, ANALYZE_LIMITS.bodyBytes);
  if (!body.ok) return body.response;
  return engineResponse(await analyzeOffThread(body.data), analyzeResponseSchema);
}
