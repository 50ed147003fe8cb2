import { z } from "zod";
import { MISSING_POLICIES } from "../domain/analyze";
import { datasetSchema, READABLE_SCHEMA_VERSIONS } from "../domain/dataset";
import { weightMapSchema } from "../domain/preset";
import { slugSchema } from "../domain/vocabulary";
import { assumptionsSchema } from "../compare/assumptions";
import { NORMALISATION_LABELS } from "../compare/method-labels";
import { valueFunctionMapSchema } from "../compare/value-functions";
import { preferenceSchema } from "../scoring/methods/promethee2";
import { METHOD_IDS } from "../scoring/methods/registry";
import type { ComparisonModel } from "./comparison-model";

export const EXPORT_FORMAT_ID = "gulf-security-comparator";

/** A view: the weights and settings of /compare, loadable back without changing any data. */
export const viewSchema = z
  .object({
    preset: slugSchema,
    method: z.enum(METHOD_IDS),
    missing: z.enum(MISSING_POLICIES),
    frameworks: z.array(slugSchema),
    criterionWeights: weightMapSchema,
    categoryWeights: weightMapSchema,
    query: z.string(),
    /** What the weights are: the preset's title or "Custom (from <preset>)". Optional: views exported before it was added load too. */
    label: z.string().max(300).optional(),
    custom: z.boolean().optional(),
    /** The effective (normalised) weight per criterion, for reading; loading a view recomputes it. */
    effectiveWeights: z.record(slugSchema, z.number().min(0).max(1)).optional(),
    normalisation: z.string().max(300).optional(),
    /** The analyst's own values for silent cells: part of the view, never of the dataset. */
    assumptions: assumptionsSchema.optional(),
    /** PROMETHEE II's preference function per criterion, where the view sets one. */
    preferences: z.record(slugSchema, preferenceSchema).optional(),
    /** What the view holds good per criterion, where it is not the criterion's own direction. */
    valueFunctions: valueFunctionMapSchema.optional(),
  })
  .strict();
export type View = z.infer<typeof viewSchema>;

export const jsonExportSchema = z
  .object({
    format: z.literal(EXPORT_FORMAT_ID),
    schemaVersion: z.literal(READABLE_SCHEMA_VERSIONS),
    exportedAt: z.string(),
    dataset: datasetSchema,
    view: viewSchema,
  })
  .strict();

/** The view of a comparison model: the resolved weights (0-100) and the settings. */
export function viewOf(model: ComparisonModel, query: string): View {
  return {
    preset: model.preset.slug,
    method: model.method,
    missing: model.missing,
    frameworks: model.frameworks.map((f) => f.slug),
    criterionWeights: Object.fromEntries(model.criteria.map((c) => [c.slug, c.criterionWeight])),
    categoryWeights: Object.fromEntries(model.criteria.map((c) => [c.category, c.categoryWeight])),
    query,
    label: model.label.text,
    custom: model.label.custom,
    effectiveWeights: Object.fromEntries(model.criteria.map((c) => [c.slug, c.normalisedWeight])),
    normalisation: NORMALISATION_LABELS[model.method],
    ...(Object.keys(model.preferences).length && { preferences: model.preferences }),
    ...(Object.keys(model.valueFunctions).length && { valueFunctions: model.valueFunctions }),
    ...(model.assumptions.length && { assumptions: model.assumptions.map(({ framework, criterion, value }) => ({ framework, criterion, value })) }),
  };
}
