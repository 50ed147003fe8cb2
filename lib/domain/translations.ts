import { z } from "zod";
import { coded } from "./issue-codes";
import { slugSchema } from "./vocabulary";

/**
 * The vocabulary held as data (names and descriptions of categories, criteria and their scale
 * labels, actors and frameworks) in the interface's other languages. English is the entity's own
 * fields; a translation is optional, field by field, and a missing one falls back to English.
 * Rationales and quotes of assessments are not translated: they stay in the language they were
 * written in. A stakeholder preset's title and rationales are the app's own words: they are.
 */
export const TRANSLATED_LOCALES = ["ar", "fa", "ru"] as const;
export type TranslatedLocale = (typeof TRANSLATED_LOCALES)[number];

const text = (max: number) => z.string().trim().min(1).max(max);

/** One entry per translated language, each with some of the entity's fields. */
const perLocale = <S extends z.ZodType>(fields: S) => z.partialRecord(z.enum(TRANSLATED_LOCALES), fields);

export const categoryTranslationsSchema = perLocale(z.object({ name: text(120).optional(), description: text(1000).optional() }).strict());

export const actorTranslationsSchema = perLocale(z.object({ name: text(120).optional() }).strict());

/** A criterion's scale labels are keyed by their point ("-2", "0", "2"). */
export const criterionTranslationsSchema = perLocale(
  z
    .object({
      name: text(160).optional(),
      description: text(1000).optional(),
      scaleLabels: z
        .record(z.string().regex(/^-?\d{1,4}$/, coded("notScalePoint", "a scale point, such as -2 or 1")), text(200))
        .refine((labels) => Object.keys(labels).length <= 101, coded("oneLabelPerPoint", "at most one label per point of the scale"))
        .optional(),
    })
    .strict(),
);

export const frameworkTranslationsSchema = perLocale(
  z.object({ name: text(200).optional(), shortName: text(60).optional(), summary: text(4000).optional() }).strict(),
);

/**
 * A stakeholder preset's title and rationale, and the rationale of each of its value functions
 * keyed by the criterion (lib/domain/preset.ts checks it names one of the preset's).
 */
export const presetTranslationsSchema = perLocale(
  z
    .object({
      title: text(120).optional(),
      rationale: text(400).optional(),
      valueFunctionRationales: z
        .record(slugSchema, text(600))
        .refine((rationales) => Object.keys(rationales).length <= 200, "at most 200 value functions")
        .optional(),
    })
    .strict(),
);

export type CategoryTranslations = z.infer<typeof categoryTranslationsSchema>;
export type ActorTranslations = z.infer<typeof actorTranslationsSchema>;
export type CriterionTranslations = z.infer<typeof criterionTranslationsSchema>;
export type FrameworkTranslations = z.infer<typeof frameworkTranslationsSchema>;
export type PresetTranslations = z.infer<typeof presetTranslationsSchema>;

/** Translations as the database and the dataset keep them: absent and {} mean none. */
export type AnyTranslations = Partial<Record<TranslatedLocale, Record<string, unknown>>>;
