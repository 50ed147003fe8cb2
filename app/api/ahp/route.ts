import { AHP } from "@/lib/auth/rate-limits";
import { AHP_LIMITS, ahpRequestSchema, ahpResponseSchema } from "@/lib/domain/ahp";
import { clientOf } from "@/lib/server/api/client-of";
import { jsonOk } from "@/lib/server/api/json-response";
import { readJsonBody } from "@/lib/server/api/read-json-body";
import { tooManyRequests } from "@/lib/server/api/too-many-requests";
import { spendBudget } from "@/lib/server/rate-limits/rate-limit-store";
import { answerAhp } from "@/lib/scoring/ahp-request";

/**
 * AHP priorities of a pairwise comparison matrix, with its consistency (contract in README):
 * open to anyone, rate-limited per client; at most 15 items, so it runs on the request thread.
 */
export async function POST(request: Request) {
  const wait = await spendBudget(`ahp:${clientOf(request)}`, AHP);
  if (wait > 0) return tooManyRequests(`too many AHP requests from this client: try again in ${Math.ceil(wait / 1000)} s`, wait);
  const body = await readJsonBody(request, ahpRequestSchema, AHP_LIMITS.bodyBytes);
  if (!body.ok) return body.response;
  return jsonOk(ahpResponseSchema, answerAhp(body.data));
}
