import { z } from "zod";
import { MISSING_POLICIES, SCORING_METHODS } from "./analyze";
import { weightMapSchema } from "./preset";
import { slugSchema } from "./vocabulary";

export const scenarioSettingsSchema = z
  .object({ method: z.enum(SCORING_METHODS), missing: z.enum(MISSING_POLICIES), frameworks: z.array(slugSchema).max(200) })
  .strict();

const fields = {
  title: z.string().trim().min(3, "needs a title").max(120),
  rationale: z.string().trim().min(10, "say in a sentence what this view weighs and why").max(400),
  criterionWeights: weightMapSchema,
  categoryWeights: weightMapSchema,
  settings: scenarioSettingsSchema,
};

/** POST /api/scenarios: save a weight profile and its view settings under a name. */
export const scenarioCreateSchema = z.object(fields).strict();
/** PUT /api/scenarios/{slug}: its author (or an admin) changes it. */
export const scenarioUpdateSchema = z.object({ ...fields, version: z.number().int().min(1) }).strict();
/** POST /api/scenarios/{slug}/duplicate. */
export const scenarioDuplicateSchema = z.object({ title: fields.title.optional() }).strict();

export type ScenarioCreate = z.infer<typeof scenarioCreateSchema>;
export type Scenario = ScenarioCreate & { slug: string; author: string | null; preset: boolean; version: number };
