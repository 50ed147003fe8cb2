import { criterionRecordSchema } from "@/lib/domain/api";
import { criterionWriteSchema } from "@/lib/domain/vocabulary-write";
import { slugSchema } from "@/lib/domain/vocabulary";
import { writeRoute, type WriteInput } from "@/lib/server/api/write-route";
import { putCriterion } from "@/lib/server/criteria/put-criterion";

/** Add (version 0) or change a criterion (editors only; versioned; audited). */
export const PUT = writeRoute(
  criterionWriteSchema,
  criterionRecordSchema,
  async ({ body, session, params }: WriteInput<typeof criterionWriteSchema, { slug: string }>) =>
    slugSchema.safeParse(params.slug).success
      ? putCriterion(params.slug, body, session.email)
      : {
          ok: false,
          problem: "invalid",
          error: "invalid slug",
          issues: [{ path: "slug", message: "must be lower-case letters and digits joined by hyphens" }],
        },
);
