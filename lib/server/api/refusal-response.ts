import type { Problem, Refusal } from "../../domain/outcome";
import { withCode } from "../../domain/format-issues";
import { jsonError, whyOf } from "./json-response";

/** The status of each problem (lib/http/refusal-code.ts reads them back for a page to say). */
export const STATUS_OF: Record<Problem, 400 | 403 | 404 | 409 | 413> = {
  invalid: 400,
  forbidden: 403,
  "not-found": 404,
  conflict: 409,
  "too-large": 413,
};

/** A refusal as the API answers it: its status, the error (and its code), the fields named, and for a conflict the record's current state. */
export function refusalResponse(refusal: Refusal): Response {
  if (refusal.problem === "conflict")
    return Response.json(
      { error: refusal.error, ...whyOf(refusal), current: refusal.current, ...(refusal.issues?.length ? { issues: refusal.issues.map(withCode) } : {}) },
      { status: 409 },
    );
  return jsonError(STATUS_OF[refusal.problem], refusal.error, refusal.issues, refusal);
}
