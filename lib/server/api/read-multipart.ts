import { jsonError } from "./json-response";
import { readBodyBytes } from "./read-body-bytes";

/**
 * A multipart/form-data body read up to maxBytes: the form, or the response to send (413 past
 * the limit, 400 when the body is not multipart with a file field).
 */
export async function readMultipart(
  request: Request,
  maxBytes: number,
  limitText: string,
): Promise<{ ok: true; form: FormData } | { ok: false; response: Response }> {
  const body = await readBodyBytes(request, maxBytes);
  if (!body) return { ok: false, response: jsonError(413, `the upload is over the ${limitText} limit`) };
  try {
    return { ok: true, form: await new Response(body, { headers: { "content-type": request.headers.get("content-type") ?? "" } }).formData() };
  } catch {
    return { ok: false, response: jsonError(400, "send the file as multipart/form-data in a field named file", [{ path: "file", message: "missing" }]) };
  }
}
