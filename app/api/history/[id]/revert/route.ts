import { z } from "zod";
import { revertResponseSchema } from "@/lib/domain/api";
import { changeIdSchema } from "@/lib/domain/history-query";
import { coded } from "@/lib/domain/issue-codes";
import { writeRoute, type WriteInput } from "@/lib/server/api/write-route";
import { revertChange } from "@/lib/server/audit/revert-change";

const revertSchema = z
  .object({
    reason: z.string().trim().min(3, coded("reasonTooShort", "say why in a few words")).max(500),
    /** "field" (the default): this change only; "save": every field the same save changed. */
    scope: z.enum(["field", "save"]).default("field"),
  })
  .strict();

/** POST /api/history/{id}/revert { reason }: undo a recorded change: a field's earlier value, a removed role or a deleted framework back (editors only; itself audited). */
export const POST = writeRoute(revertSchema, revertResponseSchema, async ({ body, session, params }: WriteInput<typeof revertSchema, { id: string }>) => {
  const id = changeIdSchema.safeParse(params.id);
  if (!id.success) return { ok: false, problem: "not-found", error: `no recorded change #${params.id}` };
  return revertChange({ id: id.data, actor: session.email, reason: body.reason, scope: body.scope });
});
