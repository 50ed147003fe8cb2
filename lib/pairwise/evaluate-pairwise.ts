import { ahpPriorities, mostInconsistentJudgements } from "../scoring/ahp";
import { judgementOf, type Judgement, saatyValueOf } from "./saaty-judgement";
import { pairsOf, type PairwiseMatrix } from "./pairwise-structure";

/** A judgement worth revisiting: the pair's index in pairsOf order, what was said and what the other answers imply. */
export type Suggestion = { pair: number; given: Judgement; suggested: Judgement };

export type PairwiseResult = {
  /** The items' weights within the matrix, summing to 1 (equal when the matrix is not asked). */
  weights: number[];
  /** Saaty's consistency ratio, 0 for fewer than three items. */
  cr: number;
  consistent: boolean;
  /** The most inconsistent judgements, worst first (at most three), when the matrix is not consistent. */
  suggestions: Suggestion[];
};

/** The positive reciprocal matrix of n items from their judgements (pairsOf order). */
export function comparisonMatrix(n: number, judgements: readonly Judgement[]): number[][] {
  const a = Array.from({ length: n }, () => new Array<number>(n).fill(1));
  pairsOf(n).forEach(([i, j], p) => {
    const v = saatyValueOf(judgements[p] ?? 0);
    a[i]![j] = v;
    a[j]![i] = 1 / v;
  });
  return a;
}

/** A matrix's AHP weights and consistency (lib/scoring/ahp), and what to revisit when CR is 0.1 or more. */
export function evaluatePairwise(matrix: PairwiseMatrix, judgements: readonly Judgement[] | undefined): PairwiseResult {
  const n = matrix.items.length;
  if (!matrix.askable) return { weights: new Array<number>(n).fill(1 / n), cr: 0, consistent: true, suggestions: [] };
  const a = comparisonMatrix(n, judgements ?? []);
  const { weights, cr, consistent } = ahpPriorities(a);
  const pairIndex = new Map(pairsOf(n).map(([i, j], p) => [i * n + j, p]));
  const suggestions = consistent
    ? []
    : mostInconsistentJudgements(a, weights).map((s) => ({
        pair: pairIndex.get(s.row * n + s.column)!,
        given: judgementOf(s.value),
        suggested: judgementOf(s.suggested),
      }));
  return { weights, cr, consistent, suggestions };
}
