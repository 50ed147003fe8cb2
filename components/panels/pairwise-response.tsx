"use client";

import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { PairwiseMatrixForm } from "@/components/pairwise/pairwise-matrix-form";
import { pairwiseResponseWeights } from "@/lib/panels/pairwise-response-weights";
import { pairwiseStructure } from "@/lib/pairwise/pairwise-structure";
import type { Judgement } from "@/lib/pairwise/saaty-judgement";

type Props = {
  categories: ReadonlyArray<{ slug: string; name: string }>;
  criteria: ReadonlyArray<{ slug: string; name: string; category: string }>;
  /** Told the member's weights (global AHP weights, summing to 1) and whether every matrix is consistent, on every answer. */
  onWeights: (weights: Record<string, number>, consistent: boolean) => void;
};

/**
 * A panel member weights by pairs (AHP): the categories against each other, then the criteria
 * within each category, on Saaty's scale; the weights follow from the answers at once.
 */
export function PairwiseResponse({ categories, criteria, onWeights }: Props) {
  const t = useTranslations("panels");
  const matrices = useMemo(() => pairwiseStructure(categories, criteria), [categories, criteria]);
  const [answers, setAnswers] = useState<ReadonlyMap<string, readonly Judgement[]>>(new Map());
  const { results, inconsistent } = useMemo(() => pairwiseResponseWeights(matrices, answers), [matrices, answers]);
  const answer = (key: string, pair: number, judgement: Judgement) => {
    const next = new Map(answers);
    const list = [...(next.get(key) ?? [])];
    list[pair] = judgement;
    for (let p = 0; p < list.length; p++) list[p] ??= 0;
    next.set(key, list);
    setAnswers(next);
    const evaluated = pairwiseResponseWeights(matrices, next);
    onWeights(evaluated.weights, evaluated.inconsistent.length === 0);
  };
  const asked = matrices.filter((m) => m.askable);
  return (
    <div className="pairwise">
      {asked.length === 0 && <p>{t("nothingToCompare")}</p>}
      {asked.map((m) => (
        <PairwiseMatrixForm
          key={m.key}
          matrix={m}
          judgements={answers.get(m.key) ?? []}
          result={results.get(m.key)!}
          onJudgement={(pair, judgement) => answer(m.key, pair, judgement)}
        />
      ))}
      {inconsistent.length > 0 && (
        <p role="note" className="consistency consistency--off">
          {t("inconsistent", { ratio: 0.1 })}
        </p>
      )}
    </div>
  );
}
