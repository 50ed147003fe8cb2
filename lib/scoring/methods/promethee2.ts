import { z } from "zod";
import { coded } from "../../domain/issue-codes";
import { imputationKey, imputeMissing } from "../impute-missing";
import { keptPerMatrix } from "../kept-per-matrix";
import { type PreferenceFunction, unicriterionFlows } from "../promethee";
import { rankScores } from "../rank";
import { linearSensitivity } from "../sensitivity";
import type { Result } from "../types";
import { weightedScores, weightedSum } from "../weighted-sum";
import { normaliseWeights } from "../weights";
import { defineMethod, type Problem } from "./method";
import { netFlowFormula } from "./promethee2-spreadsheet";

/** Thresholds are differences of values, which lie within ±1e12 (ANALYZE_LIMITS.magnitude). */
const MAX_THRESHOLD = 2e12;
const threshold = (above: boolean) =>
  z
    .number()
    .finite("must be a finite number")
    [above ? "positive" : "nonnegative"](above ? coded("mustBeAbove", "must be above 0", { minimum: 0 }) : coded("orMore", "must be 0 or more", { minimum: 0 }))
    .max(MAX_THRESHOLD, coded("numberTooBig", `must be at most ${MAX_THRESHOLD}`, { maximum: MAX_THRESHOLD }));
const qUpToP = (f: { q: number; p: number }) => f.q <= f.p;
const qUpToPIssue = { message: coded("qAboveP", "q (indifference) must not exceed p (strict preference)"), path: ["q"] };

/** A criterion's preference function: the thresholds its type needs, and no others. */
export const preferenceSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("usual") }).strict(),
  z.object({ type: z.literal("ushape"), q: threshold(false) }).strict(),
  z.object({ type: z.literal("vshape"), p: threshold(true) }).strict(),
  z
    .object({ type: z.literal("level"), q: threshold(false), p: threshold(true) })
    .strict()
    .refine(qUpToP, qUpToPIssue),
  z
    .object({ type: z.literal("linear"), q: threshold(false), p: threshold(true) })
    .strict()
    .refine(qUpToP, qUpToPIssue),
  z.object({ type: z.literal("gaussian"), s: threshold(true) }).strict(),
]) satisfies z.ZodType<PreferenceFunction>;

type Preferences = readonly { preference?: PreferenceFunction }[];

/** A criterion's preference function, "usual" where it names none (or none valid). */
export function preferenceIn(parameters: Readonly<Record<string, unknown>> | undefined): PreferenceFunction {
  const parsed = preferenceSchema.safeParse(parameters?.preference);
  return parsed.success ? parsed.data : { type: "usual" };
}

/** The weight-independent part: filled values and the unicriterion flows. */
function prepare(problem: Problem, parameters: Preferences) {
  if (problem.normalization !== undefined && problem.normalization !== "none")
    return {
      ok: false as const,
      error: "promethee2 compares raw differences against the thresholds: normalization must be none",
      code: "normalisation-must-be-none" as const,
      params: { method: "promethee2" },
    };
  const missing = problem.missing ?? "mean";
  const functions = problem.criteria.map((_, j): PreferenceFunction => parameters[j]?.preference ?? { type: "usual" });
  const directions = problem.criteria.map((c) => c.direction);
  // O(n^2 m) and independent of the weights: a slider's move reuses it.
  const key = `flows|${missing}|${JSON.stringify(functions)}|${imputationKey(problem.criteria)}`;
  const flows = keptPerMatrix(problem.matrix, key, () => unicriterionFlows(imputeMissing(problem.matrix, problem.criteria, missing), directions, functions));
  return { ok: true as const, missing, ...flows };
}

/**
 * PROMETHEE II: the net outranking flow phi+ - phi-, with each criterion's preference
 * function (default "usual") applied to the raw differences. Its contributions are
 * w_j * (unicriterion net flow) and sum to the net flow; its flip points are exact, the net
 * flow being linear in the weights.
 */
export const promethee2Method = defineMethod({
  id: "promethee2",
  label: "PROMETHEE II (net outranking flow)",
  shortLabel: "PROMETHEE II",
  scoreLabel: "Net flow (PROMETHEE II)",
  normalisationLabel: "none: each criterion's preference function compares the raw differences on its own scale",
  normalizations: ["none"],
  contributionKind: "flows",
  criterionParameters: z.object({ preference: preferenceSchema.optional() }),
  score(problem, parameters) {
    const weights = normaliseWeights(problem.criteria.map((c) => c.weight));
    if (!weights.ok) return weights;
    const prepared = prepare(problem, parameters);
    if (!prepared.ok) return prepared;
    const w = weights.value;
    const { scores, contributions } = weightedSum(prepared.net, w);
    const { order, ranks } = rankScores(scores);
    return {
      ok: true,
      value: {
        normalization: "none",
        missing: prepared.missing,
        weights: w,
        scores,
        order,
        ranks,
        contributions,
        contributionKind: "flows",
        flows: { positive: weightedScores(prepared.positive, w), negative: weightedScores(prepared.negative, w) },
        // The net flow is linear in the weights: exact flips, as for the weighted sum.
        sensitivity: linearSensitivity(prepared.net, w, order),
      },
    };
  },
  weightScorer(problem, parameters): Result<(weights: Float64Array, out: Float64Array) => Float64Array> {
    const prepared = prepare(problem, parameters);
    if (!prepared.ok) return prepared;
    return { ok: true, value: (weights, out) => weightedScores(prepared.net, weights, out) };
  },
  spreadsheet: {
    intro:
      "PROMETHEE II: net outranking flows from each criterion's preference function on the raw differences. Change the yellow weight cells or a criterion's thresholds: effective weights, net flows and ranks recompute.",
    scoredSuffix: " (net flow)",
    weightedSuffix: " (weighted net flow)",
    helperHeaders: ["Preference function", "q (indifference)", "p (preference)", "s (Gaussian)"],
    scoredBlock: (filled, directions, parameters) =>
      unicriterionFlows(
        filled,
        directions,
        directions.map((_, j) => preferenceIn(parameters[j])),
      ).net,
    helperCells(row) {
      const f = preferenceIn(row.parameters);
      return [f.type, "q" in f ? f.q : "", "p" in f ? f.p : "", "s" in f ? f.s : ""];
    },
    scoredFormula: (row, x) => netFlowFormula(row, x, preferenceIn(row.parameters).type),
    scoreFormula: ({ weightedColumn }) => `SUM(${weightedColumn})`,
  },
});
