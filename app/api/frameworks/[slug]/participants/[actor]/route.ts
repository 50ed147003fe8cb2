import { deletedResponseSchema, participantRecordSchema } from "@/lib/domain/api";
import { versionedDeleteSchema } from "@/lib/domain/framework-write";
import { participantWriteSchema } from "@/lib/domain/participant-write";
import { slugSchema } from "@/lib/domain/vocabulary";
import { writeRoute, type WriteInput } from "@/lib/server/api/write-route";
import { deleteParticipant } from "@/lib/server/participants/delete-participant";
import { updateParticipant } from "@/lib/server/participants/update-participant";

type Params = { slug: string; actor: string };
const NOT_FOUND = { ok: false, problem: "not-found", error: "framework or actor not found" } as const;
const validParams = (p: Params) => slugSchema.safeParse(p.slug).success && slugSchema.safeParse(p.actor).success;

/** Set an actor's role in a framework (editors only; versioned; audited). */
export const PUT = writeRoute(
  participantWriteSchema,
  participantRecordSchema,
  async ({ body, session, params }: WriteInput<typeof participantWriteSchema, Params>) =>
    validParams(params) ? updateParticipant({ framework: params.slug, actor: params.actor, write: body, by: session.email }) : NOT_FOUND,
);

/** Remove an actor's role from a framework (editors only; versioned; the audit row keeps it, so it can be restored). */
export const DELETE = writeRoute(
  versionedDeleteSchema,
  deletedResponseSchema,
  async ({ body, session, params }: WriteInput<typeof versionedDeleteSchema, Params>) =>
    validParams(params) ? deleteParticipant({ framework: params.slug, actor: params.actor, write: body, by: session.email }) : NOT_FOUND,
);
