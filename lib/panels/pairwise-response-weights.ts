import { ahpGlobalWeights } from "../pairwise/ahp-url-weights";
import { evaluatePairwise, type PairwiseResult } from "../pairwise/evaluate-pairwise";
import type { PairwiseAnswers } from "../pairwise/pairwise-answers";
import type { PairwiseMatrix } from "../pairwise/pairwise-structure";

/**
 * A panel member's weights from their pairwise answers: each matrix's AHP weights, each
 * criterion's global weight (its category's times its own within it), and the matrices whose
 * answers are not consistent (CR of 0.1 or more), which the form points out before submitting.
 */
export function pairwiseResponseWeights(
  matrices: readonly PairwiseMatrix[],
  answers: PairwiseAnswers,
): { weights: Record<string, number>; results: Map<string, PairwiseResult>; inconsistent: string[] } {
  const results = new Map(matrices.map((m) => [m.key, evaluatePairwise(m, answers.get(m.key))]));
  return {
    weights: ahpGlobalWeights(matrices, results),
    results,
    inconsistent: matrices.filter((m) => !results.get(m.key)!.consistent).map((m) => m.key),
  };
}
