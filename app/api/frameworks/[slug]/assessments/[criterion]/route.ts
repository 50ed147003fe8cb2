import { assessmentRecordSchema, assessmentResponseSchema } from "@/lib/domain/api";
import { assessmentWriteSchema } from "@/lib/domain/assessment-write";
import { slugSchema } from "@/lib/domain/vocabulary";
import { cachedJson } from "@/lib/server/api/cached-json";
import { notFound } from "@/lib/server/api/json-response";
import { writeRoute, type WriteInput } from "@/lib/server/api/write-route";
import { getAssessmentRecord } from "@/lib/server/assessments/get-assessment";
import { updateAssessment } from "@/lib/server/assessments/update-assessment";

type Params = { slug: string; criterion: string };

/** A framework's assessment on a criterion, with its rationale, confidence, citations and version: the evidence a matrix cell opens. */
export async function GET(request: Request, { params }: { params: Promise<Params> }) {
  const { slug, criterion } = await params;
  if (!slugSchema.safeParse(slug).success || !slugSchema.safeParse(criterion).success) return notFound("framework or criterion");
  const what = `assessment of "${slug}" on "${criterion}"`;
  return cachedJson(request, `assessment:${slug}/${criterion}`, assessmentResponseSchema, (db) => getAssessmentRecord(slug, criterion, db), what);
}

/** Set a framework's assessment on a criterion (editors only; versioned; audited). */
export const PUT = writeRoute(
  assessmentWriteSchema,
  assessmentRecordSchema,
  async ({ body, session, params }: WriteInput<typeof assessmentWriteSchema, Params>) => {
    if (!slugSchema.safeParse(params.slug).success || !slugSchema.safeParse(params.criterion).success)
      return { ok: false, problem: "not-found", error: "framework or criterion not found" };
    return updateAssessment({ framework: params.slug, criterion: params.criterion, write: body, actor: session.email });
  },
);
