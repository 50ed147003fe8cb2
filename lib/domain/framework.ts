import { z } from "zod";
import { citationsSchema } from "./citation";
import { contestedFields, contestedProblems } from "./contested";
import { factProblems, frameworkFactFields, rationaleSchema } from "./framework-facts";
import { frameworkTranslationsSchema } from "./translations";
import { announcedSchema, confidenceSchema, roleSchema, slugSchema } from "./vocabulary";

export const participantSchema = z
  .object({
    actor: slugSchema,
    role: roleSchema,
    rationale: rationaleSchema,
    confidence: confidenceSchema,
    citations: citationsSchema,
  })
  .strict();
export type Participant = z.infer<typeof participantSchema>;

/**
 * A framework's value on one criterion; null when the source is silent. It may cite any number
 * of sources; when they disagree an editor marks it contested and says how in the note.
 */
export const assessmentSchema = z
  .object({
    criterion: slugSchema,
    value: z.number().finite().nullable(),
    rationale: rationaleSchema,
    confidence: confidenceSchema,
    citations: citationsSchema,
    ...contestedFields,
  })
  .strict();
export type Assessment = z.infer<typeof assessmentSchema>;

/** A framework's fields, without the cross-field checks (the read API extends it with versions). */
export const frameworkFieldsSchema = z
  .object({
    slug: slugSchema,
    name: z.string().trim().min(1).max(200),
    shortName: z.string().trim().min(1).max(40),
    proposer: slugSchema.nullable(),
    announced: announcedSchema.nullable(),
    summary: z.string().trim().min(20).max(2000),
    summaryCitations: citationsSchema,
    translations: frameworkTranslationsSchema.optional(),
    ...frameworkFactFields,
    participants: z.array(participantSchema),
    assessments: z.array(assessmentSchema),
  })
  .strict();

export const frameworkSchema = frameworkFieldsSchema.superRefine((f, ctx) => {
  for (const p of factProblems(f)) ctx.addIssue({ code: "custom", path: [p.path], message: p.message });
  const seenActors = new Set<string>();
  f.participants.forEach((p, i) => {
    if (seenActors.has(p.actor)) ctx.addIssue({ code: "custom", path: ["participants", i, "actor"], message: `"${p.actor}" appears twice` });
    seenActors.add(p.actor);
  });
  const seenCriteria = new Set<string>();
  f.assessments.forEach((a, i) => {
    for (const p of contestedProblems(a)) ctx.addIssue({ code: "custom", path: ["assessments", i, p.path], message: p.message });
    if (seenCriteria.has(a.criterion)) ctx.addIssue({ code: "custom", path: ["assessments", i, "criterion"], message: `"${a.criterion}" assessed twice` });
    seenCriteria.add(a.criterion);
  });
});
export type Framework = z.infer<typeof frameworkSchema>;

/** What a list, a ranking or the matrix shows of a framework: its names and status, without its roles and assessments. */
export type FrameworkLabel = Pick<Framework, "slug" | "name" | "shortName" | "status" | "aliases" | "translations">;
