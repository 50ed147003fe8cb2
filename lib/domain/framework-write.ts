import { z } from "zod";
import { citationsSchema } from "./citation";
import { factProblems, frameworkFactFields, frameworkFactSchemas } from "./framework-facts";
import { frameworkTranslationsSchema } from "./translations";
import { announcedSchema, slugSchema } from "./vocabulary";
import { coded } from "./issue-codes";

const reasonSchema = z.string().trim().min(3, coded("reasonTooShort", "say why in a few words")).max(500, "must be at most 500 characters");
const fields = {
  name: z.string().trim().min(1).max(200),
  shortName: z.string().trim().min(1).max(40),
  proposer: slugSchema.nullable(),
  announced: announcedSchema.nullable(),
  summary: z.string().trim().min(20, coded("summaryTooShort", "needs a summary of a sentence or two")).max(2000),
  summaryCitations: citationsSchema,
  translations: frameworkTranslationsSchema.optional(),
};
const patchable = { ...fields, ...frameworkFactSchemas };
/** The fields a PATCH may change, in the order the history lists them. */
export const FRAMEWORK_PATCHABLE_FIELDS = Object.keys(patchable) as Array<keyof typeof patchable>;

/** POST /api/frameworks: a new framework (its assessments start empty, to be filled in). */
export const frameworkCreateObjectSchema = z.object({ slug: slugSchema, ...fields, ...frameworkFactFields, reason: reasonSchema }).strict();
export const frameworkCreateSchema = frameworkCreateObjectSchema.superRefine((f, ctx) => {
  for (const p of factProblems(f)) ctx.addIssue({ code: "custom", path: [p.path], message: p.message });
});
/** PATCH /api/frameworks/{slug}: the fields to change, the version they were based on, and why. */
export const frameworkPatchSchema = z
  .object({ ...Object.fromEntries(Object.entries(patchable).map(([k, v]) => [k, v.optional()])), version: z.number().int().min(1), reason: reasonSchema })
  .strict() as z.ZodType<Partial<{ [K in keyof typeof patchable]: z.infer<(typeof patchable)[K]> }> & { version: number; reason: string }>;
/** DELETE of a versioned record (a framework, a role): the version it was based on, and why. */
export const versionedDeleteSchema = z.object({ version: z.number().int().min(1), reason: reasonSchema }).strict();
export type VersionedDelete = z.infer<typeof versionedDeleteSchema>;
/** DELETE /api/frameworks/{slug}. */
export const frameworkDeleteSchema = versionedDeleteSchema;

export type FrameworkCreate = z.infer<typeof frameworkCreateSchema>;
export type FrameworkPatch = z.infer<typeof frameworkPatchSchema>;
