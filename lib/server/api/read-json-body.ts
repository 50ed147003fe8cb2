import type { z } from "zod";
import { formatIssues } from "../../domain/format-issues";
import { jsonError } from "./json-response";

export const MAX_JSON_BODY_BYTES = 5 * 1024 * 1024;

/**
 * Reads a request's JSON body and checks it against a schema. Returns the data, or the 400
 * (or 413) response to send: `{ error, issues: [{ path, message }] }`.
 */
export async function readJsonBody<S extends z.ZodType>(
  request: Request,
  schema: S,
  maxBytes: number = MAX_JSON_BODY_BYTES,
): Promise<{ ok: true; data: z.infer<S> } | { ok: false; response: Response }> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > maxBytes) return { ok: false, response: jsonError(413, `request body is over ${maxBytes} bytes`) };
  const text = await request.text();
  if (Buffer.byteLength(text) > maxBytes) return { ok: false, response: jsonError(413, `request body is over ${maxBytes} bytes`) };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      response: jsonError(400, "request body is not valid JSON", [{ path: "(root)", message: (error as Error).message }]),
    };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success)
    return { ok: false, response: jsonError(400, "request body is invalid", formatIssues(parsed.error.issues, json)) };
  return { ok: true, data: parsed.data };
}
