import type { z } from "zod";
import { jsonError } from "../api/json-response";
import type { PoolOutcome } from "./analyze-pool";

/**
 * The HTTP answer to a run on the engine's worker: 503 with Retry-After when it was busy or ran
 * out of time, 400 when the engine refused the input, 400 when a result came out non-finite
 * (the response schema refuses it), else the result checked against its schema.
 */
export function engineResponse<S extends z.ZodType>(outcome: PoolOutcome, schema: S): Response {
  if (!outcome.ok) {
    const response = jsonError(503, outcome.reason === "busy" ? "the engine is busy: try again in a moment" : "the analysis did not finish in time");
    response.headers.set("retry-after", "1");
    return response;
  }
  const result = outcome.result;
  if (!result.ok) return jsonError(400, result.error, [{ path: "criteria", message: result.error }]);
  const checked = schema.safeParse(result.value);
  if (!checked.success)
    return jsonError(400, "these values are too far apart to score: a score came out infinite or undefined", [
      { path: "matrix", message: "scale the values down" },
    ]);
  return Response.json(checked.data);
}
