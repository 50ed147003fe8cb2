import { analyzeRequestSchema, analyzeResponseSchema } from "@/lib/domain/analyze";
import { analyze } from "@/lib/scoring/analyze";
import { jsonError, jsonOk } from "@/lib/server/api/json-response";
import { readJsonBody } from "@/lib/server/api/read-json-body";

/** The scoring engine of /compare, for scripts and other tools (contract in README). */
export async function POST(request: Request) {
  const body = await readJsonBody(request, analyzeRequestSchema);
  if (!body.ok) return body.response;
  const result = analyze(body.data);
  if (!result.ok) return jsonError(400, result.error, [{ path: "criteria", message: result.error }]);
  return jsonOk(analyzeResponseSchema, result.value);
}
