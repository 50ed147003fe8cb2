import { z } from "zod";
import { assessmentSchema } from "./framework";

/**
 * PUT /api/frameworks/{slug}/assessments/{criterion}: the new state of the assessment, the
 * version it was based on (0 when there was none) and the editor's reason for the change.
 */
export const assessmentWriteSchema = assessmentSchema
  .omit({ criterion: true })
  .extend({
    version: z.number().int().min(0, "must be 0 or more"),
    reason: z.string().trim().min(3, "say why in a few words").max(500, "must be at most 500 characters"),
  })
  .strict();
export type AssessmentWrite = z.infer<typeof assessmentWriteSchema>;
