import { z } from "zod";
import { presetValueFunctionSchema, weightMapSchema, type Preset } from "../../domain/preset";
import { presetTranslationsSchema, type PresetTranslations } from "../../domain/translations";
import { slugSchema } from "../../domain/vocabulary";
import { getDb, type Db } from "../db";

const presetValueFunctionsSchema = z.record(slugSchema, presetValueFunctionSchema);

/** The stakeholder presets, in their seeded order. */
export async function listPresets(db: Db = getDb()): Promise<Preset[]> {
  const rows = await db.scenario.findMany({ where: { preset: true }, orderBy: { position: "asc" } });
  return rows.map((r) => ({
    slug: r.slug,
    title: r.title,
    rationale: r.rationale,
    categoryWeights: weightMapSchema.parse(r.categoryWeights),
    criterionWeights: weightMapSchema.parse(r.criterionWeights),
    ...(r.valueFunctions !== null && { valueFunctions: presetValueFunctionsSchema.parse(r.valueFunctions) }),
    ...storedTranslations(r.translations),
  }));
}

/** A row's translations, or none when it holds none (or ones today's schema refuses: the page then shows the English, marked, rather than failing). */
export function storedTranslations(json: unknown): { translations?: PresetTranslations } {
  const parsed = presetTranslationsSchema.safeParse(json);
  return parsed.success && Object.keys(parsed.data).length ? { translations: parsed.data } : {};
}
