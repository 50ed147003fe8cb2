import { z } from "zod";
import { invitationsCreateSchema } from "@/lib/domain/panel";
import { writeRoute, type WriteInput } from "@/lib/server/api/write-route";
import { createInvitations } from "@/lib/server/panels/panel-store";

const invitationsResponseSchema = z.object({ invitations: z.array(z.object({ label: z.string(), token: z.string(), url: z.string() }).strict()) }).strict();

/** POST /api/panels/{slug}/invitations { labels }: a personal link per participant (editors only). The tokens are shown this once. */
export const POST = writeRoute(
  invitationsCreateSchema,
  invitationsResponseSchema,
  async ({ body, session, params, request }: WriteInput<typeof invitationsCreateSchema, { slug: string }>) => {
    const outcome = await createInvitations(params.slug, body.labels, session);
    if (!outcome.ok) return outcome;
    const origin = new URL(request.url).origin;
    const invitations = outcome.body.invitations.map((i) => ({ ...i, url: `${origin}/panels/${params.slug}/respond/${i.token}` }));
    return { ...outcome, body: { invitations } };
  },
);
