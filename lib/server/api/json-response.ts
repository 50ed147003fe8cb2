import type { z } from "zod";
import { type IssueReport, withCode } from "../../domain/format-issues";
import type { IssueCode } from "../../domain/issue-codes";

/** A response body checked against its schema on the way out: the API never leaks a shape it did not promise. */
export function jsonOk<S extends z.ZodType>(schema: S, body: z.input<S>, init?: ResponseInit): Response {
  return Response.json(schema.parse(body), init);
}

/** An error body: the English `error`, the issues it names (each with its code), and the code of why where the refusal has one. */
export function jsonError(status: number, error: string, issues?: IssueReport[], why?: Partial<IssueCode>): Response {
  return Response.json({ error, ...whyOf(why), ...(issues && { issues: issues.map(withCode) }) }, { status });
}

/** A refusal's code and parameters, for its body (none when it has no code). */
export const whyOf = (why: Partial<IssueCode> | undefined) => (why?.code ? { code: why.code, ...(why.params && { params: why.params }) } : {});

export const notFound = (what: string) => jsonError(404, `${what} not found`);
