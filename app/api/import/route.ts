import { MAX_IMPORT_BYTES } from "@/lib/import/parse-import-file";
import { importSettingsSchema } from "@/lib/import/import-settings";
import { formatIssues } from "@/lib/domain/format-issues";
import { ANONYMOUS_IMPORT } from "@/lib/auth/rate-limits";
import { clientOf } from "@/lib/server/api/client-of";
import { refusalResponse } from "@/lib/server/api/refusal-response";
import { jsonError } from "@/lib/server/api/json-response";
import { readMultipart } from "@/lib/server/api/read-multipart";
import { tooManyRequests } from "@/lib/server/api/too-many-requests";
import { spendBudget } from "@/lib/server/rate-limits/rate-limit-store";
import { requireWriter } from "@/lib/server/auth/require-writer";
import { importFile } from "@/lib/server/import/import-file";

/** Room for the multipart envelope around a file at the size limit. */
const ENVELOPE_BYTES = 64 * 1024;

/**
 * POST /api/import (multipart/form-data: file, mode = preview | apply, reason, basis): a JSON dataset,
 * a view, or a CSV/XLSX comparison sheet. Preview (anyone: it writes nothing) shows what would
 * be added, changed and removed; apply (an editor, with the CSRF token, a reason and the preview's
 * basis) writes all of it in one transaction or nothing. Loading a view writes nothing.
 */
export async function POST(request: Request) {
  // Checked before the body is read, refused once the body asks to apply: a preview writes nothing.
  const writer = await requireWriter(request);
  if (!writer.ok) {
    const wait = await spendBudget(`import:${clientOf(request)}`, ANONYMOUS_IMPORT);
    if (wait > 0) return tooManyRequests(`too many uploads from this client: try again in ${Math.ceil(wait / 60_000)} min, or sign in as an editor`, wait);
  }
  const multipart = await readMultipart(request, MAX_IMPORT_BYTES + ENVELOPE_BYTES, `${MAX_IMPORT_BYTES / 1048576} MB`);
  if (!multipart.ok) return multipart.response;
  const form = multipart.form;
  if (form.get("mode") === "apply" && !writer.ok) return writer.response;
  const file = form.get("file");
  if (!(file instanceof File)) return jsonError(400, "no file in the upload", [{ path: "file", message: "missing" }]);
  if (file.size > MAX_IMPORT_BYTES) return jsonError(413, `the file is over the ${MAX_IMPORT_BYTES / 1048576} MB limit`);
  const fields = importSettingsSchema.safeParse({
    mode: form.get("mode") ?? "preview",
    reason: form.get("reason") ?? undefined,
    basis: form.get("basis") ?? undefined,
  });
  if (!fields.success) return jsonError(400, "invalid import settings", formatIssues(fields.error.issues));
  const upload = {
    name: file.name,
    bytes: new Uint8Array(await file.arrayBuffer()),
    actor: writer.ok ? writer.session.email : "anonymous",
    reason: fields.data.reason ?? null,
  };
  const outcome = await importFile(fields.data.mode === "apply" ? { ...upload, mode: "apply", basis: fields.data.basis } : { ...upload, mode: "preview" });
  if (!outcome.ok) return refusalResponse(outcome);
  return Response.json(outcome);
}
