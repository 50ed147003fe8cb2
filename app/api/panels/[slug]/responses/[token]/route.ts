import { PANEL_RESPONSES } from "@/lib/auth/rate-limits";
import { ownResponseSchema, panelResponseWriteSchema, savedResponseSchema } from "@/lib/domain/panel";
import { clientOf } from "@/lib/server/api/client-of";
import { jsonOk, notFound } from "@/lib/server/api/json-response";
import { readJsonBody } from "@/lib/server/api/read-json-body";
import { refusalResponse } from "@/lib/server/api/refusal-response";
import { tooManyRequests } from "@/lib/server/api/too-many-requests";
import { ownResponse, putResponse } from "@/lib/server/panels/panel-store";
import { spendBudget } from "@/lib/server/rate-limits/rate-limit-store";

type Params = { params: Promise<{ slug: string; token: string }> };

/** GET: the participant's own response (the token sees nothing else). */
export async function GET(_request: Request, { params }: Params) {
  const { slug, token } = await params;
  const own = await ownResponse(slug, token);
  if (!own) return notFound("this link");
  return jsonOk(ownResponseSchema, { label: own.label, response: own.response, closed: own.panel.closed });
}

/**
 * PUT { weights, comment?, submit? }: a participant's answer. The token in the link is the
 * credential (no session); per-client rate limit; 404 for an unknown or revoked token, 409 once
 * the panel has closed; `submit: false` saves a draft that the result does not count.
 */
export async function PUT(request: Request, { params }: Params) {
  const wait = await spendBudget(`panel-response:${clientOf(request)}`, PANEL_RESPONSES);
  if (wait > 0) return tooManyRequests(`too many saves from this client: try again in ${Math.ceil(wait / 60_000)} min`, wait);
  const body = await readJsonBody(request, panelResponseWriteSchema, 64 * 1024);
  if (!body.ok) return body.response;
  const { slug, token } = await params;
  const outcome = await putResponse(slug, token, body.data);
  if (!outcome.ok) return refusalResponse(outcome);
  return jsonOk(savedResponseSchema, outcome.body);
}
