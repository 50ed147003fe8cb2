import type { z } from "zod";
import { formatIssues, type IssueReport } from "../../domain/format-issues";
import { jsonError } from "../api/json-response";
import { readMultipart } from "../api/read-multipart";
import { requireWriter } from "../auth/require-writer";
import type { Session } from "../auth/session";
import { MAX_SOURCE_UPLOAD_BYTES, readSourceUpload } from "./read-source-upload";

/** Room for the multipart envelope and the other fields around a file at the size limit. */
const ENVELOPE_BYTES = 64 * 1024;

type SourceForm<T> = { ok: true; session: Session; fields: T; text: string } | { ok: false; response: Response };

/**
 * Reads a source upload (multipart: `file` and the schema's fields) the way every write starts:
 * the writer check (401, 403, CSRF) before the body is read, the size limit while it is read
 * (413), the fields by their zod schema and the file into a text (400 with the reason: empty,
 * binary, not UTF-8, a PDF without text...). The fields are checked before the file is read.
 */
export async function readSourceForm<S extends z.ZodType>(request: Request, schema: S): Promise<SourceForm<z.infer<S>>> {
  const writer = await requireWriter(request);
  if (!writer.ok) return writer;
  const fail = (status: number, error: string, issues?: IssueReport[]) => ({ ok: false as const, response: jsonError(status, error, issues) });
  const multipart = await readMultipart(request, MAX_SOURCE_UPLOAD_BYTES + ENVELOPE_BYTES, `${MAX_SOURCE_UPLOAD_BYTES / 1048576} MB`);
  if (!multipart.ok) return multipart;
  const form = multipart.form;
  const raw = Object.fromEntries([...form.entries()].filter(([key, value]) => key !== "file" && typeof value === "string"));
  const fields = schema.safeParse(raw);
  if (!fields.success) return fail(400, "the source's details are invalid", formatIssues(fields.error.issues, raw));
  const file = form.get("file");
  if (!(file instanceof File)) return fail(400, "no file in the upload", [{ path: "file", message: "missing: a .txt, .md or .pdf file", code: "fileMissing" }]);
  const upload = await readSourceUpload(file.name, new Uint8Array(await file.arrayBuffer()));
  if (!upload.ok)
    return fail(upload.status, upload.error, [{ path: "file", message: upload.error, code: upload.code, ...(upload.params && { params: upload.params }) }]);
  return { ok: true, session: writer.session, fields: fields.data, text: upload.text };
}
