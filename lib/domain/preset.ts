import { z } from "zod";
import { slugSchema } from "./vocabulary";

export const WEIGHT_MIN = 0;
export const WEIGHT_MAX = 100;
/** The weight of a criterion or category that a preset or the URL does not set. */
export const DEFAULT_WEIGHT = 50;

export const weightValueSchema = z.number().finite().min(WEIGHT_MIN, `must be ${WEIGHT_MIN} or more`).max(WEIGHT_MAX, `must be ${WEIGHT_MAX} or less`);

export const weightMapSchema = z.record(slugSchema, weightValueSchema);
export type WeightMap = z.infer<typeof weightMapSchema>;

/**
 * A stakeholder's perspective as weights (0-100) per category and per criterion; anything it
 * does not name weighs DEFAULT_WEIGHT. The effective weight of a criterion is the product of
 * its own weight and its category's.
 */
export const presetSchema = z
  .object({
    slug: slugSchema,
    title: z.string().trim().min(1).max(120),
    rationale: z.string().trim().min(10).max(400),
    categoryWeights: weightMapSchema,
    criterionWeights: weightMapSchema,
  })
  .strict();
export type Preset = z.infer<typeof presetSchema>;

export const presetsFileSchema = z.object({ presets: z.array(presetSchema).min(1) }).strict();

/** Checks that a preset names only existing criteria and categories. */
export function presetReferenceIssues(preset: Preset, criteria: ReadonlySet<string>, categories: ReadonlySet<string>): string[] {
  return [
    ...Object.keys(preset.criterionWeights)
      .filter((slug) => !criteria.has(slug))
      .map((slug) => `presets[${preset.slug}].criterionWeights.${slug}: unknown criterion`),
    ...Object.keys(preset.categoryWeights)
      .filter((slug) => !categories.has(slug))
      .map((slug) => `presets[${preset.slug}].categoryWeights.${slug}: unknown category`),
  ];
}
