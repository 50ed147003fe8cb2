import { actorRecordSchema } from "@/lib/domain/api";
import { actorWriteSchema } from "@/lib/domain/vocabulary-write";
import { slugSchema } from "@/lib/domain/vocabulary";
import { writeRoute, type WriteInput } from "@/lib/server/api/write-route";
import { putActor } from "@/lib/server/actors/put-actor";

/** Add (version 0) or change an actor (editors only; versioned; audited). */
export const PUT = writeRoute(actorWriteSchema, actorRecordSchema, async ({ body, session, params }: WriteInput<typeof actorWriteSchema, { slug: string }>) =>
  slugSchema.safeParse(params.slug).success
    ? putActor(params.slug, body, session.email)
    : { ok: false, problem: "invalid", error: "invalid slug", issues: [{ path: "slug", message: "must be lower-case letters and digits joined by hyphens" }] },
);
