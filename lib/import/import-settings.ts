import { z } from "zod";
import { coded } from "../domain/issue-codes";

/** The fields of POST /api/import beside its file: preview (anyone), or apply with a reason and the preview's basis. */
export const importSettingsSchema = z.discriminatedUnion("mode", [
  z.object({ mode: z.literal("preview"), reason: z.string().max(500).optional() }),
  z.object({
    mode: z.literal("apply"),
    reason: z.string().trim().min(3, coded("reasonTooShort", "say why in a few words")).max(500, "must be at most 500 characters"),
    // The `basis` a preview returned: the apply is refused (409) if the data changed since.
    basis: z
      .string({ error: coded("basisMissing", "is required: send the basis the preview of this file returned") })
      .regex(/^\d+$/, coded("basisNotNumber", "must be the basis a preview returned, a whole number"))
      .transform(Number),
  }),
]);
