import { assessmentRecordSchema } from "@/lib/domain/api";
import { assessmentWriteSchema } from "@/lib/domain/assessment-write";
import { slugSchema } from "@/lib/domain/vocabulary";
import { writeRoute, type WriteInput } from "@/lib/server/api/write-route";
import { updateAssessment } from "@/lib/server/assessments/update-assessment";

type Params = { slug: string; criterion: string };

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
