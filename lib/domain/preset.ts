import { z } from "zod";
import { ONE_FORM, oneForm, type ValueFunction, valuePointsSchema } from "../scoring/value-function";
import { presetTranslationsSchema } from "./translations";
import { directionSchema, slugSchema } from "./vocabulary";

export const WEIGHT_MIN = 0;
export const WEIGHT_MAX = 100;
/** The weight of a criterion or category that a preset or the URL does not set. */
export const DEFAULT_WEIGHT = 50;

export const weightValueSchema = z.number().finite().min(WEIGHT_MIN, `must be ${WEIGHT_MIN} or more`).max(WEIGHT_MAX, `must be ${WEIGHT_MAX} or less`);

export const weightMapSchema = z.record(slugSchema, weightValueSchema);
export type WeightMap = z.infer<typeof weightMapSchema>;

/** What a stakeholder holds good on one criterion, and why (in the source's terms). */
type PresetValueFunction = ValueFunction & { rationale: string };

export const presetValueFunctionSchema = z
  .object({ direction: directionSchema.optional(), points: valuePointsSchema.optional(), rationale: z.string().trim().min(10).max(600) })
  .strict()
  .refine(oneForm, ONE_FORM) as unknown as z.ZodType<PresetValueFunction, PresetValueFunction>;

/**
 * A stakeholder's perspective as weights (0-100) per category and per criterion; anything it
 * does not name weighs DEFAULT_WEIGHT. The effective weight of a criterion is the product of
 * its own weight and its category's. Its value functions say where it holds the other end of a
 * criterion good (or values each point of its own); the others follow the criterion's direction.
 */
export const presetSchema = z
  .object({
    slug: slugSchema,
    title: z.string().trim().min(1).max(120),
    rationale: z.string().trim().min(10).max(400),
    categoryWeights: weightMapSchema,
    criterionWeights: weightMapSchema,
    valueFunctions: z.record(slugSchema, presetValueFunctionSchema).optional(),
    /** Its title and rationales in the other interface languages (none: shown in English, marked). */
    translations: presetTranslationsSchema.optional(),
  })
  .strict();
export type Preset = z.infer<typeof presetSchema>;

export const presetsFileSchema = z.object({ presets: z.array(presetSchema).min(1) }).strict();

/** Checks that a preset names only existing criteria and categories, values points on their scales, and translates only its own value functions' rationales. */
export function presetReferenceIssues(
  preset: Preset,
  criteria: ReadonlySet<string>,
  categories: ReadonlySet<string>,
  scales: ReadonlyMap<string, { min: number; max: number }> = new Map(),
): string[] {
  return [
    ...Object.entries(preset.valueFunctions ?? {}).flatMap(([slug, f]) => {
      if (!criteria.has(slug)) return [`presets[${preset.slug}].valueFunctions.${slug}: unknown criterion`];
      const scale = scales.get(slug);
      const off = scale && "points" in f ? f.points.filter(([x]) => x < scale.min || x > scale.max) : [];
      return off.length ? [`presets[${preset.slug}].valueFunctions.${slug}: x = ${off.map(([x]) => x).join(", ")} is off the scale`] : [];
    }),
    ...Object.entries(preset.translations ?? {}).flatMap(([locale, t]) =>
      Object.keys(t.valueFunctionRationales ?? {})
        .filter((slug) => !preset.valueFunctions?.[slug])
        .map((slug) => `presets[${preset.slug}].translations.${locale}.valueFunctionRationales.${slug}: the preset has no value function on this criterion`),
    ),
    ...Object.keys(preset.criterionWeights)
      .filter((slug) => !criteria.has(slug))
      .map((slug) => `presets[${preset.slug}].criterionWeights.${slug}: unknown criterion`),
    ...Object.keys(preset.categoryWeights)
      .filter((slug) => !categories.has(slug))
      .map((slug) => `presets[${preset.slug}].categoryWeights.${slug}: unknown category`),
  ];
}
