import { z } from "zod";
import { MAX_IMPORT_BYTES } from "@/lib/import/parse-import-file";
import { formatIssues } from "@/lib/domain/format-issues";
import { jsonError } from "@/lib/server/api/json-response";
import { importFile } from "@/lib/server/import/import-file";

const formSchema = z.object({
  mode: z.enum(["preview", "apply"]).default("preview"),
  reason: z.string().trim().max(500, "must be at most 500 characters").optional(),
});

/** Room for the multipart envelope around a file at the size limit. */
const ENVELOPE_BYTES = 64 * 1024;

/**
 * POST /api/import (multipart/form-data: file, mode = preview | apply, reason): a JSON dataset,
 * a view, or a CSV/XLSX comparison sheet. Preview shows what would be added, changed and
 * removed; apply writes all of it in one transaction or nothing. Loading a view writes nothing.
 */
export async function POST(request: Request) {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_IMPORT_BYTES + ENVELOPE_BYTES) return jsonError(413, `the upload is over the ${MAX_IMPORT_BYTES / 1048576} MB limit`);
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return jsonError(400, "send the file as multipart/form-data in a field named file", [{ path: "file", message: "missing" }]);
  }
  const file = form.get("file");
  if (!(file instanceof File)) return jsonError(400, "no file in the upload", [{ path: "file", message: "missing" }]);
  if (file.size > MAX_IMPORT_BYTES) return jsonError(413, `the file is over the ${MAX_IMPORT_BYTES / 1048576} MB limit`);
  const fields = formSchema.safeParse({ mode: form.get("mode") ?? undefined, reason: form.get("reason") ?? undefined });
  if (!fields.success) return jsonError(400, "invalid import settings", formatIssues(fields.error.issues));
  const outcome = await importFile({
    name: file.name,
    bytes: new Uint8Array(await file.arrayBuffer()),
    mode: fields.data.mode,
    // Until editors sign in (issue 7) the audit trail records the client as anonymous.
    actor: "anonymous",
    reason: fields.data.reason ?? null,
  });
  if (!outcome.ok) return jsonError(400, outcome.error, outcome.issues);
  return Response.json(outcome);
}
