import { z } from "zod";
import { type MethodModule, METHOD_IDS, methodOf, SCORING_METHOD_MODULES } from "../scoring/methods/registry";
import type { MethodNormalization } from "../scoring/methods/method";
import { NORMALIZATIONS } from "../scoring/types";
import { valueFunctionSchema } from "../scoring/value-function";
import { coded, codedIssue } from "./issue-codes";
import { directionSchema } from "./vocabulary";

export const MISSING_POLICIES = ["worst", "mean", "best"] as const;
/** Every normalisation some method accepts; which one a method takes is its own list (the registry). */
export const METHOD_NORMALIZATIONS = [...NORMALIZATIONS, "none"] as const satisfies readonly MethodNormalization[];

/**
 * What one request may ask of the engine: the app's own largest comparison (200 frameworks x
 * 100 criteria) scored with sensitivity takes milliseconds, PROMETHEE II's n^2 m pairwise
 * preferences included (npm run bench); 2000 x 1000 took seconds and 55 MB.
 */
export const ANALYZE_LIMITS = { alternatives: 200, criteria: 100, magnitude: 1e12, weight: 1e6, bodyBytes: 1024 * 1024 } as const;

/** An id of an alternative, criterion or item; answers key objects by it, where "__proto__" would be lost. */
export const idSchema = z
  .string()
  .min(1, "must not be empty")
  .max(200, "must be at most 200 characters")
  .refine((id) => id !== "__proto__", coded("notProto", "must not be __proto__ (answers are keyed by id)"));

export const weightSchema = z
  .number()
  .finite("must be a finite number")
  .min(0, "must be 0 or more")
  .max(ANALYZE_LIMITS.weight, `must be at most ${ANALYZE_LIMITS.weight}`);

/** A value of the matrix: bounded so that sums of squares and ranges stay finite. */
const cellSchema = z
  .number()
  .finite("must be a finite number or null")
  .min(-ANALYZE_LIMITS.magnitude, `must be at least -${ANALYZE_LIMITS.magnitude}`)
  .max(ANALYZE_LIMITS.magnitude, `must be at most ${ANALYZE_LIMITS.magnitude}`)
  .nullable();

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
type CriterionParameterShape = UnionToIntersection<MethodModule["criterionParameters"]["shape"]>;

/** Every field some method reads from a criterion (PROMETHEE II's `preference`), each optional. */
const criterionParameterShape = Object.assign({}, ...SCORING_METHOD_MODULES.map((m) => m.criterionParameters.shape)) as CriterionParameterShape;

export function duplicateIssues(ids: readonly string[], path: string, ctx: z.core.$RefinementCtx) {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) ctx.addIssue(codedIssue([path, i], "duplicateId", `duplicate id "${id}"`, { id }));
    seen.add(id);
  });
}

/**
 * A decision problem for any method of the registry: alternatives, criteria (with the fields
 * of `criterionFields` and those the methods read) and the matrix. Check it with
 * `problemIssues` too: the shape of the matrix and which fields belong to the method chosen.
 */
export function problemSchema<Fields extends z.ZodRawShape>(criterionFields: Fields) {
  return z.object({
    method: z.enum(METHOD_IDS),
    alternatives: z
      .array(idSchema)
      .min(2, coded("tooFewAlternatives", "needs at least 2 alternatives", { minimum: 2 }))
      .max(
        ANALYZE_LIMITS.alternatives,
        coded("tooManyAlternatives", `at most ${ANALYZE_LIMITS.alternatives} alternatives`, { maximum: ANALYZE_LIMITS.alternatives }),
      ),
    criteria: z
      .array(
        z
          .object({
            id: idSchema,
            direction: directionSchema,
            // What is good on this criterion for this perspective; every method reads it (lib/scoring/in-perspective).
            valueFunction: valueFunctionSchema.optional(),
            ...criterionParameterShape,
            ...criterionFields,
          })
          .strict(),
      )
      .min(1, coded("tooFewCriteria", "needs at least 1 criterion", { minimum: 1 }))
      .max(ANALYZE_LIMITS.criteria, coded("tooManyCriteria", `at most ${ANALYZE_LIMITS.criteria} criteria`, { maximum: ANALYZE_LIMITS.criteria })),
    matrix: z.array(z.array(cellSchema).max(ANALYZE_LIMITS.criteria)).max(ANALYZE_LIMITS.alternatives),
    normalization: z.enum(METHOD_NORMALIZATIONS).optional(),
    missing: z.enum(MISSING_POLICIES).optional(),
  });
}

type ProblemShape = {
  method: MethodModule["id"];
  alternatives: readonly string[];
  criteria: readonly ({ id: string } & Record<string, unknown>)[];
  matrix: readonly (readonly unknown[])[];
  normalization?: MethodNormalization;
};

/** Unique ids, one row per alternative and one value per criterion, and only what the chosen method reads. */
export function problemIssues(req: ProblemShape, ctx: z.core.$RefinementCtx) {
  duplicateIssues(req.alternatives, "alternatives", ctx);
  duplicateIssues(
    req.criteria.map((c) => c.id),
    "criteria",
    ctx,
  );
  if (req.matrix.length !== req.alternatives.length)
    ctx.addIssue(
      codedIssue(["matrix"], "matrixRows", `has ${req.matrix.length} rows for ${req.alternatives.length} alternatives`, {
        rows: req.matrix.length,
        alternatives: req.alternatives.length,
      }),
    );
  req.matrix.forEach((row, i) => {
    if (row.length !== req.criteria.length)
      ctx.addIssue(
        codedIssue(["matrix", i], "matrixRowValues", `has ${row.length} values for ${req.criteria.length} criteria`, {
          values: row.length,
          criteria: req.criteria.length,
        }),
      );
  });
  const method = methodOf(req.method);
  if (req.normalization !== undefined && !method.normalizations.includes(req.normalization))
    ctx.addIssue(
      codedIssue(["normalization"], "normalizationNotTaken", `${method.id} takes ${method.normalizations.join(" or ")}, not ${req.normalization}`, {
        method: method.id,
        takes: method.normalizations.join(" or "),
        normalization: req.normalization,
      }),
    );
  const own = new Set(Object.keys(method.criterionParameters.shape));
  req.criteria.forEach((c, i) => {
    for (const key of Object.keys(criterionParameterShape))
      if (c[key] !== undefined && !own.has(key)) {
        const readers = SCORING_METHOD_MODULES.filter((m) => key in m.criterionParameters.shape).map((m) => m.id);
        ctx.addIssue(
          codedIssue(["criteria", i, key], "readByOtherMethods", `is read only by ${readers.join(", ")}, not by ${method.id}`, {
            readers: readers.join(", "),
            method: method.id,
          }),
        );
      }
  });
}
