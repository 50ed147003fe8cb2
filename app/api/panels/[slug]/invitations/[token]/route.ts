import { z } from "zod";
import { writeRoute, type WriteInput } from "@/lib/server/api/write-route";
import { revokeInvitation } from "@/lib/server/panels/panel-store";

const revokeSchema = z.object({}).strict();

/** DELETE /api/panels/{slug}/invitations/{token}: the link stops working (editors only; audited); no body needed. */
export const DELETE = writeRoute(
  revokeSchema,
  z.object({ revoked: z.string() }).strict(),
  async ({ session, params }: WriteInput<typeof revokeSchema, { slug: string; token: string }>) => revokeInvitation(params.slug, params.token, session),
  { allowEmptyBody: true },
);
