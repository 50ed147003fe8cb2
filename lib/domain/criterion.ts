import { z } from "zod";
import { categoryTranslationsSchema, criterionTranslationsSchema } from "./translations";
import { directionSchema, slugSchema } from "./vocabulary";
import { coded } from "./issue-codes";

export const categorySchema = z
  .object({
    slug: slugSchema,
    name: z.string().trim().min(1).max(120),
    description: z.string().trim().min(1).max(1000),
    translations: categoryTranslationsSchema.optional(),
  })
  .strict();
export type Category = z.infer<typeof categorySchema>;

/**
 * Scales are short ordinal ranges. Bounded so that a form or page listing a scale's points
 * stays small whatever an editor types (an unbounded 0..2^31 once exhausted the heap).
 */
export const SCALE_BOUND = 1000;
const MAX_SCALE_POINTS = 101;

const scalePointSchema = z.number().int().min(-SCALE_BOUND).max(SCALE_BOUND);

const scaleLabelSchema = z.object({ value: scalePointSchema, label: z.string().trim().min(1).max(200) }).strict();

export const scaleSchema = z
  .object({
    min: scalePointSchema,
    max: scalePointSchema,
    labels: z.array(scaleLabelSchema).min(2, coded("scaleEndsTooFew", "needs labels for at least its two ends")).max(MAX_SCALE_POINTS),
  })
  .strict()
  .refine((s) => s.max > s.min, { message: coded("maxNotAboveMin", "max must be greater than min"), path: ["max"] })
  .refine((s) => s.max - s.min + 1 <= MAX_SCALE_POINTS, {
    message: coded("scaleTooManyPoints", `a scale has at most ${MAX_SCALE_POINTS} points`, { maximum: MAX_SCALE_POINTS }),
    path: ["max"],
  })
  .refine((s) => s.labels.every((l) => l.value >= s.min && l.value <= s.max), {
    message: coded("labelOutsideScale", "every label must sit between min and max"),
    path: ["labels"],
  })
  .refine((s) => new Set(s.labels.map((l) => l.value)).size === s.labels.length, {
    message: coded("labelTwice", "two labels for the same point"),
    path: ["labels"],
  })
  .refine((s) => s.labels.some((l) => l.value === s.min) && s.labels.some((l) => l.value === s.max), {
    message: coded("endsUnlabelled", "needs a label for min and for max"),
    path: ["labels"],
  });
type Scale = z.infer<typeof scaleSchema>;

function scaleLabelsTranslatedOnScale(c: { scale: Scale; translations?: z.infer<typeof criterionTranslationsSchema> }): boolean {
  const labelled = new Set(c.scale.labels.map((l) => String(l.value)));
  return Object.values(c.translations ?? {}).every((t) => Object.keys(t?.scaleLabels ?? {}).every((point) => labelled.has(point)));
}

export const criterionSchema = z
  .object({
    slug: slugSchema,
    name: z.string().trim().min(1).max(160),
    category: slugSchema,
    description: z.string().trim().min(1).max(1000),
    scale: scaleSchema,
    direction: directionSchema,
    translations: criterionTranslationsSchema.optional(),
  })
  .strict()
  .refine((c) => scaleLabelsTranslatedOnScale(c), {
    message: coded("translatedPointUnlabelled", "a translated scale label must be for a point the scale labels"),
    path: ["translations"],
  });
export type Criterion = z.infer<typeof criterionSchema>;

/** The points of a scale, lowest first (at most MAX_SCALE_POINTS for a valid scale). */
export const scalePoints = (scale: Pick<Scale, "min" | "max">): number[] =>
  Array.from({ length: Math.min(scale.max - scale.min + 1, MAX_SCALE_POINTS) }, (_, i) => scale.min + i);
