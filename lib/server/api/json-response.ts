import type { z } from "zod";
import { type IssueReport, withCode } from "../../domain/format-issues";

/** A response body checked against its schema on the way out: the API never leaks a shape it did not promise. */
export function jsonOk<S extends z.ZodType>(schema: S, body: z.input<S>, init?: ResponseInit): Response {
  return Response.json(schema.parse(body), init);
}

export function jsonError(status: number, error: string, issues?: IssueReport[]): Response {
  return Response.json(issues ? { error, issues: issues.map(withCode) } : { error }, { status });
}

export const notFound = (what: string) => jsonError(404, `${what} not found`);
