import { z } from "zod";
import { directionSchema } from "./vocabulary";

export const SCORING_METHODS = ["wsm", "topsis"] as const;
export const NORMALIZATIONS = ["minmax", "vector", "max", "sum"] as const;
export const MISSING_POLICIES = ["worst", "mean", "best"] as const;

const idSchema = z.string().min(1, "must not be empty").max(200, "must be at most 200 characters");

/**
 * What one request may ask of the engine: the app's own largest comparison (200 frameworks x
 * 100 criteria) scored with sensitivity takes milliseconds; 2000 x 1000 took seconds and 55 MB.
 */
export const ANALYZE_LIMITS = { alternatives: 200, criteria: 100, magnitude: 1e12, weight: 1e6, bodyBytes: 1024 * 1024 } as const;

/** A value of the matrix: bounded so that sums of squares and ranges stay finite. */
const cellSchema = z
  .number()
  .finite("must be a finite number or null")
  .min(-ANALYZE_LIMITS.magnitude, `must be at least -${ANALYZE_LIMITS.magnitude}`)
  .max(ANALYZE_LIMITS.magnitude, `must be at most ${ANALYZE_LIMITS.magnitude}`)
  .nullable();

function duplicateIssues(ids: readonly string[], path: string, ctx: z.core.$RefinementCtx) {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) ctx.addIssue({ code: "custom", path: [path, i], message: `duplicate id "${id}"` });
    seen.add(id);
  });
}

/** POST /api/analyze request (issue 4 contract); `missing` is an extension, default "mean". */
export const analyzeRequestSchema = z
  .object({
    method: z.enum(SCORING_METHODS),
    alternatives: z
      .array(idSchema)
      .min(2, "needs at least 2 alternatives")
      .max(ANALYZE_LIMITS.alternatives, `at most ${ANALYZE_LIMITS.alternatives} alternatives`),
    criteria: z
      .array(
        z
          .object({
            id: idSchema,
            direction: directionSchema,
            weight: z
              .number()
              .finite("must be a finite number")
              .min(0, "must be 0 or more")
              .max(ANALYZE_LIMITS.weight, `must be at most ${ANALYZE_LIMITS.weight}`),
          })
          .strict(),
      )
      .min(1, "needs at least 1 criterion")
      .max(ANALYZE_LIMITS.criteria, `at most ${ANALYZE_LIMITS.criteria} criteria`),
    matrix: z.array(z.array(cellSchema).max(ANALYZE_LIMITS.criteria)).max(ANALYZE_LIMITS.alternatives),
    normalization: z.enum(NORMALIZATIONS).optional(),
    missing: z.enum(MISSING_POLICIES).optional(),
  })
  .strict()
  .superRefine((req, ctx) => {
    duplicateIssues(req.alternatives, "alternatives", ctx);
    duplicateIssues(
      req.criteria.map((c) => c.id),
      "criteria",
      ctx,
    );
    if (req.criteria.length > 0 && req.criteria.every((c) => c.weight === 0))
      ctx.addIssue({ code: "custom", path: ["criteria"], message: "all weights are zero: at least one must be above 0" });
    if (req.matrix.length !== req.alternatives.length)
      ctx.addIssue({
        code: "custom",
        path: ["matrix"],
        message: `has ${req.matrix.length} rows for ${req.alternatives.length} alternatives`,
      });
    req.matrix.forEach((row, i) => {
      if (row.length !== req.criteria.length)
        ctx.addIssue({ code: "custom", path: ["matrix", i], message: `has ${row.length} values for ${req.criteria.length} criteria` });
    });
  });
export type AnalyzeRequest = z.infer<typeof analyzeRequestSchema>;

export const analyzeResponseSchema = z.object({
  method: z.enum(SCORING_METHODS),
  normalization: z.enum(NORMALIZATIONS),
  missing: z.enum(MISSING_POLICIES),
  weights: z.array(z.number()),
  ranking: z.array(z.object({ alternative: z.string(), score: z.number(), rank: z.number().int().min(1) })),
  contributions: z.record(z.string(), z.record(z.string(), z.number())),
  sensitivity: z.array(z.object({ criterion: z.string(), weight: z.number(), lowerFlip: z.number().nullable(), upperFlip: z.number().nullable() })),
});
export type AnalyzeResponse = z.infer<typeof analyzeResponseSchema>;
