import { assessmentWriteSchema } from "@/lib/domain/assessment-write";
import { slugSchema } from "@/lib/domain/vocabulary";
import { jsonError } from "@/lib/server/api/json-response";
import { readJsonBody } from "@/lib/server/api/read-json-body";
import { updateAssessment } from "@/lib/server/assessments/update-assessment";
import { requireWriter } from "@/lib/server/auth/require-writer";

const MAX_BODY_BYTES = 64 * 1024;

type Params = { params: Promise<{ slug: string; criterion: string }> };

/** Set a framework's assessment on a criterion (editors only; versioned; audited). */
export async function PUT(request: Request, { params }: Params) {
  const auth = await requireWriter(request);
  if (!auth.ok) return auth.response;
  const { slug, criterion } = await params;
  if (!slugSchema.safeParse(slug).success || !slugSchema.safeParse(criterion).success) return jsonError(404, "framework or criterion not found");
  const body = await readJsonBody(request, assessmentWriteSchema, MAX_BODY_BYTES);
  if (!body.ok) return body.response;
  const outcome = await updateAssessment({ framework: slug, criterion, write: body.data, actor: auth.session.email });
  if (outcome.ok) return Response.json(outcome.assessment);
  if (outcome.status === 409) return Response.json({ error: outcome.error, current: outcome.current }, { status: 409 });
  return jsonError(outcome.status, outcome.error, outcome.issues);
}
