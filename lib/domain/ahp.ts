import { z } from "zod";
import { duplicateIssues, idSchema } from "./decision-problem";
import { coded, codedIssue } from "./issue-codes";

export const AHP_LIMITS = { minItems: 2, maxItems: 15, bodyBytes: 64 * 1024 } as const;
/** How far a_ji may be from 1 / a_ij, and an entry beyond Saaty's [1/9, 9] (so that 0.111111111 is 1/9). */
const RECIPROCAL_TOLERANCE = 1e-9;

const entrySchema = z
  .number()
  .finite("must be a finite number")
  .min(1 / 9 - RECIPROCAL_TOLERANCE, coded("belowSaaty", "must be at least 1/9 (Saaty's scale)"))
  .max(9 + RECIPROCAL_TOLERANCE, coded("aboveSaaty", "must be at most 9 (Saaty's scale)"));

/** POST /api/ahp request (issue 15 §4): items and their positive reciprocal pairwise comparison matrix. */
export const ahpRequestSchema = z
  .object({
    items: z
      .array(idSchema)
      .min(AHP_LIMITS.minItems, coded("tooFewItems", `needs at least ${AHP_LIMITS.minItems} items`, { minimum: AHP_LIMITS.minItems }))
      .max(AHP_LIMITS.maxItems, coded("tooManyItems", `at most ${AHP_LIMITS.maxItems} items`, { maximum: AHP_LIMITS.maxItems })),
    comparisons: z.array(z.array(entrySchema).max(AHP_LIMITS.maxItems)).max(AHP_LIMITS.maxItems),
  })
  .strict()
  .superRefine((req, ctx) => {
    duplicateIssues(req.items, "items", ctx);
    const n = req.items.length;
    if (req.comparisons.length !== n) {
      ctx.addIssue(
        codedIssue(["comparisons"], "comparisonRows", `has ${req.comparisons.length} rows for ${n} items`, { rows: req.comparisons.length, items: n }),
      );
      return;
    }
    const square = req.comparisons.every((row, i) => {
      if (row.length !== n)
        ctx.addIssue(
          codedIssue(["comparisons", i], "comparisonsNotSquare", `has ${row.length} entries for ${n} items: the matrix must be square`, {
            entries: row.length,
            items: n,
          }),
        );
      return row.length === n;
    });
    if (!square) return;
    const a = req.comparisons;
    for (let i = 0; i < n; i++) {
      if (a[i]![i] !== 1) ctx.addIssue(codedIssue(["comparisons", i, i], "diagonalNotOne", "must be 1: an item is as important as itself"));
      for (let j = i + 1; j < n; j++)
        if (Math.abs(a[j]![i]! - 1 / a[i]![j]!) > RECIPROCAL_TOLERANCE)
          ctx.addIssue(
            codedIssue(["comparisons", j, i], "notReciprocal", `must be 1/${a[i]![j]} (the reciprocal of comparisons[${i}][${j}])`, {
              value: String(a[i]![j]),
              i: String(i),
              j: String(j),
            }),
          );
    }
  });
export type AhpRequest = z.infer<typeof ahpRequestSchema>;

export const ahpResponseSchema = z.object({
  weights: z.record(z.string(), z.number().min(0).max(1)),
  lambdaMax: z.number(),
  ci: z.number(),
  cr: z.number(),
  consistent: z.boolean(),
});
export type AhpResponse = z.infer<typeof ahpResponseSchema>;
