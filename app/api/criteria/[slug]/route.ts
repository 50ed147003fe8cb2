import { criterionRecordSchema } from "@/lib/domain/api";
import { criterionWriteSchema } from "@/lib/domain/vocabulary-write";
import { withPathSlug } from "@/lib/server/api/path-slug";
import { writeRoute, type WriteInput } from "@/lib/server/api/write-route";
import { putCriterion } from "@/lib/server/criteria/put-criterion";

/** Add (version 0) or change a criterion (editors only; versioned; audited). */
export const PUT = writeRoute(
  criterionWriteSchema,
  criterionRecordSchema,
  async ({ body, session, params }: WriteInput<typeof criterionWriteSchema, { slug: string }>) =>
    withPathSlug(params.slug, (slug) => putCriterion(slug, body, session.email)),
);
