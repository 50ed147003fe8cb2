import { z } from "zod";
import { METHOD_IDS } from "../scoring/methods/registry";
import { codedIssue } from "./issue-codes";
import { METHOD_NORMALIZATIONS, MISSING_POLICIES, problemIssues, problemSchema, weightSchema } from "./decision-problem";

export { ANALYZE_LIMITS, MISSING_POLICIES } from "./decision-problem";

/** POST /api/analyze request (issue 4 contract, PROMETHEE II's preference functions from issue 15); `missing` is an extension, default "mean". */
export const analyzeRequestSchema = problemSchema({ weight: weightSchema })
  .strict()
  .superRefine((req, ctx) => {
    problemIssues(req, ctx);
    if (req.criteria.length > 0 && req.criteria.every((c) => c.weight === 0))
      ctx.addIssue(codedIssue(["criteria"], "weightsAllZero", "all weights are zero: at least one must be above 0"));
  });
export type AnalyzeRequest = z.infer<typeof analyzeRequestSchema>;

const flowSchema = z.object({ positive: z.number(), negative: z.number(), net: z.number() });

export const analyzeResponseSchema = z.object({
  method: z.enum(METHOD_IDS),
  normalization: z.enum(METHOD_NORMALIZATIONS),
  missing: z.enum(MISSING_POLICIES),
  weights: z.array(z.number()),
  ranking: z.array(z.object({ alternative: z.string(), score: z.number(), rank: z.number().int().min(1) })),
  contributions: z.record(z.string(), z.record(z.string(), z.number())),
  sensitivity: z.array(z.object({ criterion: z.string(), weight: z.number(), lowerFlip: z.number().nullable(), upperFlip: z.number().nullable() })),
  /** PROMETHEE II only: each alternative's positive, negative and net outranking flows. */
  flows: z.record(z.string(), flowSchema).optional(),
});
export type AnalyzeResponse = z.infer<typeof analyzeResponseSchema>;
