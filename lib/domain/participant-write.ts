import { z } from "zod";
import { participantSchema } from "./framework";
import { coded } from "./issue-codes";

/** PUT /api/frameworks/{slug}/participants/{actor}: the role's new state, the version it was based on (0: none) and why. */
export const participantWriteSchema = participantSchema
  .omit({ actor: true })
  .extend({
    version: z
      .number()
      .int()
      .min(0, coded("orMore", "must be 0 or more", { minimum: 0 })),
    reason: z.string().trim().min(3, coded("reasonTooShort", "say why in a few words")).max(500, "must be at most 500 characters"),
  })
  .strict();
export type ParticipantWrite = z.infer<typeof participantWriteSchema>;
