import type { z } from "zod";
import type { Outcome } from "../../domain/outcome";
import { requireWriter } from "../auth/require-writer";
import type { Session } from "../auth/session";
import { isUniqueViolation } from "../unique-violation";
import { jsonOk } from "./json-response";
import { readJsonBody } from "./read-json-body";
import { refusalResponse } from "./refusal-response";

type WriteOutcome<T> = Outcome<T>;

const MAX_WRITE_BODY_BYTES = 64 * 1024;

export type WriteInput<S extends z.ZodType, P> = { body: z.infer<S>; session: Session; params: P; request: Request };

/**
 * The shape of every write route: the writer check (401/403/CSRF) before the body is read,
 * the body checked by its zod schema (400 with the fields named), then the operation, whose
 * outcome: 200 (201 for a new record) with a body checked against `response` on the way out,
 * or the refusal's status (400, 403, 404, 409 with the current state).
 */
export function writeRoute<S extends z.ZodType, R extends z.ZodType, P>(
  schema: S,
  response: R,
  run: (input: WriteInput<S, P>) => Promise<WriteOutcome<z.input<R>>>,
  { allowEmptyBody = false } = {},
) {
  return async (request: Request, context: { params: Promise<P> }) => {
    const auth = await requireWriter(request);
    if (!auth.ok) return auth.response;
    const body = await readJsonBody(request, schema, MAX_WRITE_BODY_BYTES, { allowEmpty: allowEmptyBody });
    if (!body.ok) return body.response;
    let outcome: WriteOutcome<z.input<R>>;
    try {
      outcome = await run({ body: body.data, session: auth.session, params: await context.params, request });
    } catch (error) {
      // A create that lost a race to the same key: a conflict, whichever operation it was.
      if (!isUniqueViolation(error)) throw error;
      outcome = { ok: false, problem: "conflict", error: "another change created the same record a moment ago: reload to see it", current: null };
    }
    return outcome.ok ? jsonOk(response, outcome.body, { status: outcome.created ? 201 : 200 }) : refusalResponse(outcome);
  };
}
