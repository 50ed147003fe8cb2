import { z } from "zod";
import { coded, codedIssue } from "./issue-codes";
import { ANALYZE_LIMITS, problemIssues, problemSchema, weightSchema } from "./decision-problem";

export const WEIGHT_MODELS = ["simplex", "intervals", "ordinal"] as const;

/**
 * What one request may ask: samples x alternatives x criteria at most `work` (each sample scores
 * every cell once), so 5,000 samples at 200 x 100 or 200,000 at 5 x 35: about half a second of
 * one core for the largest (npm run bench), well inside the worker's 5 s even on a busy machine.
 */
export const ROBUSTNESS_LIMITS = { minSamples: 100, maxSamples: 200_000, defaultSamples: 10_000, work: 1e8, maxSeed: 2 ** 32 - 1 } as const;

/**
 * In the browser's own worker (the /compare robustness panel) the work is the user's and can be
 * cancelled: any sample count up to maxSamples at any size the engine takes (seconds at 200 x 100).
 */
export const BROWSER_ROBUSTNESS_WORK = ROBUSTNESS_LIMITS.maxSamples * ANALYZE_LIMITS.alternatives * ANALYZE_LIMITS.criteria;

/** The fields each weight model reads from a criterion; a criterion carries those of its model and no others. */
const MODEL_FIELDS = { simplex: [], intervals: ["weightInterval"], ordinal: ["rank"] } as const satisfies Record<
  (typeof WEIGHT_MODELS)[number],
  readonly string[]
>;

/** A robustness request whose samples x alternatives x criteria is at most `work`. */
function robustnessSchema(work: number) {
  return problemSchema({
    // Accepted so that a client can send the criteria it sends to /api/analyze; the model decides the weights.
    weight: weightSchema.optional(),
    weightInterval: z.tuple([weightSchema, weightSchema]).optional(),
    rank: z
      .number()
      .int("must be a whole number")
      .min(1, coded("rankFromOne", "must be 1 (most important) or more"))
      .max(ANALYZE_LIMITS.criteria, `must be at most ${ANALYZE_LIMITS.criteria}`)
      .optional(),
  })
    .extend({
      weightModel: z.enum(WEIGHT_MODELS),
      samples: z
        .number()
        .int("must be a whole number")
        .min(ROBUSTNESS_LIMITS.minSamples, `must be at least ${ROBUSTNESS_LIMITS.minSamples}`)
        .max(ROBUSTNESS_LIMITS.maxSamples, `must be at most ${ROBUSTNESS_LIMITS.maxSamples}`)
        .default(ROBUSTNESS_LIMITS.defaultSamples),
      seed: z
        .number()
        .int("must be a whole number")
        .min(0, "must be 0 or more")
        .max(ROBUSTNESS_LIMITS.maxSeed, `must be at most ${ROBUSTNESS_LIMITS.maxSeed}`)
        .optional(),
    })
    .strict()
    .superRefine((req, ctx) => {
      problemIssues(req, ctx);
      const own: readonly string[] = MODEL_FIELDS[req.weightModel];
      req.criteria.forEach((c, i) => {
        for (const [model, fields] of Object.entries(MODEL_FIELDS))
          for (const field of fields) {
            const value = c[field as keyof typeof c];
            if (own.includes(field) && value === undefined)
              ctx.addIssue(codedIssue(["criteria", i, field], "neededWithModel", `is needed with weightModel ${req.weightModel}`, { model: req.weightModel }));
            if (!own.includes(field) && value !== undefined)
              ctx.addIssue(
                codedIssue(["criteria", i, field], "readWithOtherModel", `is read only with weightModel ${model}, not ${req.weightModel}`, {
                  model,
                  weightModel: req.weightModel,
                }),
              );
          }
        if (c.weightInterval && c.weightInterval[0] > c.weightInterval[1])
          ctx.addIssue(codedIssue(["criteria", i, "weightInterval"], "intervalReversed", "must be [low, high] with low <= high"));
      });
      if (req.weightModel === "intervals" && req.criteria.every((c) => c.weightInterval && c.weightInterval[1] === 0))
        ctx.addIssue(codedIssue(["criteria"], "intervalsAllZero", "every weight interval is [0, 0]: at least one must reach above 0"));
      const asked = req.samples * req.alternatives.length * req.criteria.length;
      if (asked > work) {
        const most = Math.floor(work / (req.alternatives.length * req.criteria.length));
        ctx.addIssue(
          codedIssue(
            ["samples"],
            "tooMuchWork",
            `samples x alternatives x criteria must be at most ${work}: at most ${most} samples for ${req.alternatives.length} x ${req.criteria.length}`,
            { work, most, alternatives: req.alternatives.length, criteria: req.criteria.length },
          ),
        );
      }
    });
}

/** POST /api/robustness request (issue 15 §5): a problem for any method, without weights but with what is known of them. */
export const robustnessRequestSchema = robustnessSchema(ROBUSTNESS_LIMITS.work);
/** The same request as the browser's worker takes it: bounded by BROWSER_ROBUSTNESS_WORK instead. */
export const browserRobustnessRequestSchema = robustnessSchema(BROWSER_ROBUSTNESS_WORK);
export type RobustnessRequest = z.infer<typeof robustnessRequestSchema>;

export const robustnessResponseSchema = z.object({
  samples: z.number().int(),
  seed: z.number().int(),
  rankAcceptability: z.record(z.string(), z.array(z.number().min(0).max(1))),
  centralWeights: z.record(z.string(), z.record(z.string(), z.number()).nullable()),
  firstRankAcceptability: z.record(z.string(), z.number().min(0).max(1)),
});
export type RobustnessResponse = z.infer<typeof robustnessResponseSchema>;
