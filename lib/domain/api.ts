import { z } from "zod";
import { actorFieldsSchema } from "./actor";
import { DATE_PRECISIONS } from "./dates";
import { categorySchema, criterionSchema } from "./criterion";
import { assessmentSchema, frameworkFieldsSchema, participantSchema } from "./framework";
import { sourceOutputSchema } from "./source";

/**
 * Every record a client may change carries the `version` a write must name (a stale one gets
 * 409). Categories change only with a dataset import, which names the data version instead.
 */
const versioned = { version: z.number().int().min(1) };

export const participantRecordSchema = participantSchema.extend(versioned);
/** A framework's assessment on one criterion, with its version: what a cell of the matrix opens. */
export const assessmentRecordSchema = assessmentSchema.extend(versioned);
export type AssessmentRecord = z.infer<typeof assessmentRecordSchema>;
export const frameworkRecordSchema = frameworkFieldsSchema.extend({
  ...versioned,
  /** How exact `announced` is, read from its form: "day", "month" or "year" (null without a date). */
  announcedPrecision: z.enum(DATE_PRECISIONS).nullable(),
  participants: z.array(participantRecordSchema),
  assessments: z.array(assessmentRecordSchema),
});
export type FrameworkRecord = z.infer<typeof frameworkRecordSchema>;
export const criterionRecordSchema = criterionSchema.extend(versioned);
export type CriterionRecord = z.infer<typeof criterionRecordSchema>;
export const actorRecordSchema = actorFieldsSchema.extend(versioned);
export type ActorRecord = z.infer<typeof actorRecordSchema>;

/** Response shapes of the read API (docs/vocabulary.md "JSON API"). */
export const frameworksResponseSchema = z.object({ frameworks: z.array(frameworkRecordSchema) });
export const frameworkResponseSchema = frameworkRecordSchema;
export const assessmentResponseSchema = assessmentRecordSchema;
export const criteriaResponseSchema = z.object({ criteria: z.array(criterionRecordSchema) });
export const categoriesResponseSchema = z.object({ categories: z.array(categorySchema) });
export const actorsResponseSchema = z.object({ actors: z.array(actorRecordSchema) });
export const sourcesResponseSchema = z.object({ sources: z.array(sourceOutputSchema) });

/** Response shapes of the write API: each write answers with the record as it now is, a delete with its key. */
export const deletedResponseSchema = z.object({ deleted: z.string() }).strict();
/** A revert answers with the record it wrote back, whichever kind it is (or, undoing an added role, the key it removed). */
export const revertResponseSchema = z.union([
  assessmentRecordSchema,
  participantRecordSchema,
  criterionRecordSchema,
  actorRecordSchema,
  frameworkRecordSchema,
  deletedResponseSchema,
]);

export const errorResponseSchema = z.object({
  error: z.string(),
  /** Why, as a code a page says in its language (`refusals.why.<code>`), where the refusal has one. */
  code: z.string().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
