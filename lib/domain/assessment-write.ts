import { z } from "zod";
import { contestedNoteSchema } from "./contested";
import { assessmentSchema } from "./framework";
import { coded } from "./issue-codes";

/**
 * PUT /api/frameworks/{slug}/assessments/{criterion}: the new state of the assessment, the
 * version it was based on (0 when there was none) and the editor's reason for the change.
 * `contested` and `contestedNote` left out keep what the assessment has (older clients).
 */
export const assessmentWriteSchema = assessmentSchema
  .omit({ criterion: true })
  .extend({
    contested: z.boolean().optional(),
    contestedNote: contestedNoteSchema.nullable().optional(),
    version: z
      .number()
      .int()
      .min(0, coded("orMore", "must be 0 or more", { minimum: 0 })),
    reason: z.string().trim().min(3, coded("reasonTooShort", "say why in a few words")).max(500, "must be at most 500 characters"),
  })
  .strict()
  .superRefine((a, ctx) => {
    if (a.contested === true && (a.contestedNote ?? null) === null)
      ctx.addIssue({
        code: "custom",
        path: ["contestedNote"],
        message: coded("contestedNeedsNote", "a contested cell needs a note saying how its sources disagree"),
      });
  });
export type AssessmentWrite = z.infer<typeof assessmentWriteSchema>;
