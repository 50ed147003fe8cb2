import { participantWriteSchema } from "@/lib/domain/participant-write";
import { slugSchema } from "@/lib/domain/vocabulary";
import { writeRoute, type WriteInput } from "@/lib/server/api/write-route";
import { updateParticipant } from "@/lib/server/participants/update-participant";

type Params = { slug: string; actor: string };

/** Set an actor's role in a framework (editors only; versioned; audited). */
export const PUT = writeRoute(participantWriteSchema, async ({ body, session, params }: WriteInput<typeof participantWriteSchema, Params>) => {
  if (!slugSchema.safeParse(params.slug).success || !slugSchema.safeParse(params.actor).success)
    return { ok: false, status: 404, error: "framework or actor not found" };
  return updateParticipant({ framework: params.slug, actor: params.actor, write: body, by: session.email });
});
