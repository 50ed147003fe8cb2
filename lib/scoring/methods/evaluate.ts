import { inPerspective } from "../in-perspective";
import { numericSensitivity, type WeightSensitivity } from "../sensitivity";
import type { Result } from "../types";
import type { Evaluation, Problem } from "./method";
import { type MethodModule, methodOf } from "./registry";

export type SensitiveEvaluation = Evaluation & { sensitivity: WeightSensitivity };

type AnyMethod = Pick<MethodModule, "score" | "weightScorer">;

/**
 * Scores a problem with a method of the registry, with its sensitivity: the method's own
 * (exact or tailored), or else a numeric search over its weight scorer, so every method has
 * flip points, a tornado and slider lines. The criteria's value functions apply first
 * (inPerspective), so every method scores what the perspective holds good.
 */
export function evaluateWith(method: AnyMethod, given: Problem, parameters: readonly Readonly<Record<string, unknown>>[]): Result<SensitiveEvaluation> {
  const problem = inPerspective(given);
  const scored = method.score(problem, parameters as never);
  if (!scored.ok) return scored;
  const e = scored.value;
  if (e.sensitivity) return { ok: true, value: { ...e, sensitivity: e.sensitivity } };
  const scorer = method.weightScorer(problem, parameters as never);
  if (!scorer.ok) return scorer;
  return { ok: true, value: { ...e, sensitivity: numericSensitivity(scorer.value, e.weights, e.scores.length, e.order) } };
}

export const evaluate = (id: MethodModule["id"], problem: Problem, parameters: readonly Readonly<Record<string, unknown>>[]) =>
  evaluateWith(methodOf(id), problem, parameters);
