import { z } from "zod";
import { coded } from "./issue-codes";
import { valueFunctionMapSchema } from "../compare/value-functions";
import { preferenceSchema } from "../scoring/methods/promethee2";
import { METHOD_IDS } from "../scoring/methods/registry";
import { MISSING_POLICIES } from "./analyze";
import { weightMapSchema } from "./preset";
import { presetTranslationsSchema } from "./translations";
import { slugSchema } from "./vocabulary";

export const scenarioSettingsSchema = z
  .object({
    method: z.enum(METHOD_IDS),
    missing: z.enum(MISSING_POLICIES),
    frameworks: z.array(slugSchema).max(200),
    /** PROMETHEE II's preference function per criterion, where the view sets one. */
    preferences: z
      .record(slugSchema, preferenceSchema)
      .refine((m) => Object.keys(m).length <= 200, coded("tooManyPreferences", "at most 200 preference functions", { maximum: 200 }))
      .optional(),
  })
  .strict();

/** The version a change was based on: a stale one gets 409 with the current scenario. */
const versionSchema = z.number().int().min(1);
const fields = {
  title: z.string().trim().min(3, coded("needsTitle", "needs a title")).max(120),
  rationale: z.string().trim().min(10, coded("scenarioRationaleTooShort", "say in a sentence what this view weighs and why")).max(400),
  criterionWeights: weightMapSchema,
  categoryWeights: weightMapSchema,
  /** What the view holds good per criterion, where it differs from the criterion's own direction (lib/compare/value-functions). */
  valueFunctions: valueFunctionMapSchema.optional(),
  settings: scenarioSettingsSchema,
};

/** POST /api/scenarios: save a weight profile and its view settings under a name. */
export const scenarioCreateSchema = z.object(fields).strict();
/** PUT /api/scenarios/{slug}: its author (or an admin) changes it. */
export const scenarioUpdateSchema = z.object({ ...fields, version: versionSchema }).strict();
/** DELETE /api/scenarios/{slug}: its author (or an admin) deletes it. */
export const scenarioDeleteSchema = z.object({ version: versionSchema }).strict();
/** POST /api/scenarios/{slug}/duplicate. */
export const scenarioDuplicateSchema = z.object({ title: fields.title.optional() }).strict();

export type ScenarioCreate = z.infer<typeof scenarioCreateSchema>;
export type ScenarioUpdate = z.infer<typeof scenarioUpdateSchema>;
export type ScenarioDelete = z.infer<typeof scenarioDeleteSchema>;
/** A scenario as the API returns it; a stakeholder preset with its title and rationales in the other interface languages. */
export const scenarioRecordSchema = z
  .object({
    ...fields,
    slug: slugSchema,
    /** The author's name (their e-mail in `authorEmail`, for editors and admins only). */
    author: z.string().nullable(),
    authorEmail: z.string().optional(),
    preset: z.boolean(),
    version: versionSchema,
    translations: presetTranslationsSchema.optional(),
  })
  .strict();
export type Scenario = z.infer<typeof scenarioRecordSchema>;
/**
 * What a /compare view opened from a saved scenario starts from (its link names it, `scenario=`):
 * its title, which labels the view, what it weighs and why, and its weights and value functions.
 */
export type ScenarioBase = Pick<Scenario, "slug" | "title" | "rationale" | "criterionWeights" | "categoryWeights" | "valueFunctions">;

export const scenarioBase = ({ slug, title, rationale, criterionWeights, categoryWeights, valueFunctions }: ScenarioBase): ScenarioBase => ({
  slug,
  title,
  rationale,
  criterionWeights,
  categoryWeights,
  ...(valueFunctions && { valueFunctions }),
});

/** GET /api/scenarios: each with the /compare query that opens it. */
export const scenariosResponseSchema = z.object({ scenarios: z.array(scenarioRecordSchema.extend({ compare: z.string() })) }).strict();
