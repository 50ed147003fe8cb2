import { z } from "zod";
import { flipThresholds } from "../analyze";
import { scoreMatrix, type Scored } from "../score-matrix";
import { NORMALIZATIONS, type NormalizationMethod, type Result, type ScoringMethod } from "../types";
import { type ContributionKind, defineMethod, type Evaluation, type Problem, type WeightScorer } from "./method";

/** Scores a problem with one of the methods of lib/scoring/score-matrix (weighted sum, TOPSIS). */
function scoreWithMatrixMethod(method: ScoringMethod, problem: Problem, defaultNormalization: NormalizationMethod): Result<Scored> {
  const normalization = problem.normalization ?? defaultNormalization;
  if (normalization === "none") return { ok: false, error: `${method} needs a normalisation: ${NORMALIZATIONS.join(", ")}` };
  return scoreMatrix({ method, criteria: problem.criteria, matrix: problem.matrix, normalization, missing: problem.missing });
}

function evaluationOf(scored: Scored, contributionKind: ContributionKind): Evaluation {
  return {
    normalization: scored.normalization,
    missing: scored.missing,
    weights: scored.weights,
    scores: scored.scores,
    order: scored.order,
    ranks: scored.ranks,
    contributions: scored.contributions,
    contributionKind,
    flips: () => flipThresholds(scored),
  };
}

/**
 * A method of lib/scoring/score-matrix as a module of the registry: it fills, normalises
 * (its default first in `normalizations`), scores and finds flips as /compare does, and reads
 * no parameter of its own from a criterion.
 */
export function defineMatrixMethod<const Id extends ScoringMethod>(method: {
  id: Id;
  label: string;
  normalizations: readonly [NormalizationMethod, ...NormalizationMethod[]];
  contributionKind: ContributionKind;
  /** Scores for any weights, from the weight-independent normalised matrix. */
  scorerOf: (scored: Scored) => WeightScorer;
}) {
  const { scorerOf, ...described } = method;
  const scored = (problem: Problem) => scoreWithMatrixMethod(method.id, problem, method.normalizations[0]);
  return defineMethod({
    ...described,
    // A loose object: a criterion carrying another method's fields is still one of these.
    criterionParameters: z.looseObject({}),
    score(problem) {
      const s = scored(problem);
      return s.ok ? { ok: true, value: evaluationOf(s.value, method.contributionKind) } : s;
    },
    weightScorer(problem) {
      const s = scored(problem);
      return s.ok ? { ok: true, value: scorerOf(s.value) } : s;
    },
  });
}
