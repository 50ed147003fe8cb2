import type { z } from "zod";
import { formatIssues } from "../../domain/format-issues";
import { findIllFormedText } from "../../domain/ill-formed-text";
import { ISSUE_BUDGET, safeParseWithinBudget } from "../../domain/parse-within-budget";
import { jsonError } from "./json-response";
import { readBodyBytes } from "./read-body-bytes";

const MAX_JSON_BODY_BYTES = 5 * 1024 * 1024;

const isJsonContentType = (value: string | null) => /^application\/json\s*(;|$)/i.test(value?.trim() ?? "");

/**
 * Reads a request's JSON body and checks it against a schema. Returns the data, or the response
 * to send: 415 unless the body is declared JSON (a cross-site form can only send text/plain,
 * urlencoded or multipart without a preflight), 413 over maxBytes, 400 with
 * `{ error, issues: [{ path, message }] }` for invalid JSON, ill-formed text or a schema failure.
 */
export async function readJsonBody<S extends z.ZodType>(
  request: Request,
  schema: S,
  maxBytes: number = MAX_JSON_BODY_BYTES,
  { allowEmpty = false } = {},
): Promise<{ ok: true; data: z.infer<S> } | { ok: false; response: Response }> {
  // A DELETE may come without a body at all: it then reads as {} (a cross-site page cannot send one without a preflight).
  if (allowEmpty && request.body === null) return parseAgainst(schema, {});
  if (!isJsonContentType(request.headers.get("content-type")))
    return { ok: false, response: jsonError(415, "send the body as JSON with the header content-type: application/json") };
  const bytes = await readBodyBytes(request, maxBytes);
  if (!bytes) return { ok: false, response: jsonError(413, `request body is over ${maxBytes} bytes`) };
  let json: unknown;
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    json = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      response: jsonError(400, "request body is not valid JSON (in UTF-8)", [{ path: "(root)", message: (error as Error).message }]),
    };
  }
  const illFormed = findIllFormedText(json, text);
  if (illFormed !== null)
    return {
      ok: false,
      response: jsonError(400, "request body has ill-formed text", [
        { path: illFormed, message: "holds an unpaired surrogate (\\ud800-\\udfff): not valid Unicode text" },
      ]),
    };
  return parseAgainst(schema, json);
}

function parseAgainst<S extends z.ZodType>(schema: S, json: unknown): { ok: true; data: z.infer<S> } | { ok: false; response: Response } {
  const parsed = safeParseWithinBudget(schema, json);
  if (parsed.success) return { ok: true, data: parsed.data };
  const issues = formatIssues(parsed.issues, json);
  if (parsed.stoppedEarly) issues.push({ path: "(root)", message: `not checked past its first ${ISSUE_BUDGET} problems` });
  return { ok: false, response: jsonError(400, "request body is invalid", issues) };
}
