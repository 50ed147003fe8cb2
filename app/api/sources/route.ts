import { sourcesResponseSchema } from "@/lib/domain/api";
import { sourceUploadFieldsSchema } from "@/lib/domain/source-upload";
import { cachedJson } from "@/lib/server/api/cached-json";
import { listSources } from "@/lib/server/sources/list-sources";
import { readSourceForm } from "@/lib/server/sources/read-source-form";
import { addSource } from "@/lib/server/sources/save-source";
import { refusalResponse } from "@/lib/server/api/refusal-response";

/** Every source with its current revision (number, SHA-256, lines) and how many claims rest on it. */
export async function GET(request: Request) {
  return cachedJson(request, "sources", sourcesResponseSchema, async (db) => ({ sources: await listSources(db) }));
}

/**
 * POST /api/sources (multipart: file, title, author, year, publisher?, url?, language, reason,
 * slug?, mode): an editor adds a source. A UTF-8 .txt or .md file is stored as it is, a PDF's
 * text layer is extracted on the server. mode=preview answers the numbered lines and saves
 * nothing; mode=save answers 201 { slug, revision, sha256, lineCount }.
 */
export async function POST(request: Request) {
  const form = await readSourceForm(request, sourceUploadFieldsSchema);
  if (!form.ok) return form.response;
  const outcome = await addSource({ fields: form.fields, text: form.text, editor: form.session.email });
  if (!outcome.ok) return refusalResponse(outcome);
  return Response.json(outcome.body, { status: outcome.created ? 201 : 200 });
}
