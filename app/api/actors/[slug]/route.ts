import { actorRecordSchema } from "@/lib/domain/api";
import { actorWriteSchema } from "@/lib/domain/vocabulary-write";
import { withPathSlug } from "@/lib/server/api/path-slug";
import { writeRoute, type WriteInput } from "@/lib/server/api/write-route";
import { putActor } from "@/lib/server/actors/put-actor";

/** Add (version 0) or change an actor (editors only; versioned; audited). */
export const PUT = writeRoute(actorWriteSchema, actorRecordSchema, async ({ body, session, params }: WriteInput<typeof actorWriteSchema, { slug: string }>) =>
  withPathSlug(params.slug, (slug) => putActor(slug, body, session.email)),
);
