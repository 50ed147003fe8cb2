import { sourceRevisionFieldsSchema } from "@/lib/domain/source-upload";
import { slugSchema } from "@/lib/domain/vocabulary";
import { notFound } from "@/lib/server/api/json-response";
import { readSourceForm } from "@/lib/server/sources/read-source-form";
import { addSourceRevision } from "@/lib/server/sources/save-source";
import { refusalResponse } from "@/lib/server/api/refusal-response";

/**
 * POST /api/sources/{slug}/revisions (multipart: file, reason, mode): an editor adds a corrected
 * text as the source's next revision; earlier revisions and the citations naming them stay.
 * mode=preview answers the numbered lines; mode=save answers 201 { slug, revision, sha256, lineCount }.
 */
export async function POST(request: Request, context: { params: Promise<{ slug: string }> }) {
  const form = await readSourceForm(request, sourceRevisionFieldsSchema);
  if (!form.ok) return form.response;
  const { slug } = await context.params;
  if (!slugSchema.safeParse(slug).success) return notFound(`source "${slug}"`);
  const outcome = await addSourceRevision({ slug, mode: form.fields.mode, text: form.text, reason: form.fields.reason, editor: form.session.email });
  if (!outcome.ok) return refusalResponse(outcome);
  return Response.json(outcome.body, { status: outcome.created ? 201 : 200 });
}
