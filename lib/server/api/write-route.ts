import type { z } from "zod";
import type { IssueReport } from "../../domain/format-issues";
import { requireWriter } from "../auth/require-writer";
import type { Session } from "../auth/session";
import { isUniqueViolation } from "../unique-violation";
import { jsonError } from "./json-response";
import { readJsonBody } from "./read-json-body";

export type WriteOutcome<T> =
  | { ok: true; status?: 200 | 201; body: T }
  | { ok: false; status: 400 | 403 | 404; error: string; issues?: IssueReport[] }
  | { ok: false; status: 409; error: string; current: unknown };

const MAX_WRITE_BODY_BYTES = 64 * 1024;

export type WriteInput<S extends z.ZodType, P> = { body: z.infer<S>; session: Session; params: P };

/**
 * The shape of every write route: the writer check (401/403/CSRF) before the body is read,
 * the body checked by its zod schema (400 with the fields named), then the operation, whose
 * typed outcome becomes 200/201, 400, 404 or 409 with the current state.
 */
export function writeRoute<S extends z.ZodType, P, T>(schema: S, run: (input: WriteInput<S, P>) => Promise<WriteOutcome<T>>) {
  return async (request: Request, context: { params: Promise<P> }) => {
    const auth = await requireWriter(request);
    if (!auth.ok) return auth.response;
    const body = await readJsonBody(request, schema, MAX_WRITE_BODY_BYTES);
    if (!body.ok) return body.response;
    let outcome: WriteOutcome<T>;
    try {
      outcome = await run({ body: body.data, session: auth.session, params: await context.params });
    } catch (error) {
      // A create that lost a race to the same key: a conflict, whichever operation it was.
      if (!isUniqueViolation(error)) throw error;
      outcome = { ok: false, status: 409, error: "another change created the same record a moment ago: reload to see it", current: null };
    }
    if (outcome.ok) return Response.json(outcome.body, { status: outcome.status ?? 200 });
    if (outcome.status === 409) return Response.json({ error: outcome.error, current: outcome.current }, { status: 409 });
    return jsonError(outcome.status, outcome.error, outcome.issues);
  };
}
