"use client";

import Link from "@/components/i18n/link";
import { useSearchParams } from "next/navigation";
import { throttle, useQueryStates } from "nuqs";
import { useCallback, useMemo, useState } from "react";
import { formatPercent } from "@/lib/compare/format";
import { ahpGlobalWeights, ahpUrlWeights } from "@/lib/pairwise/ahp-url-weights";
import { applyToCompareHref } from "@/lib/pairwise/apply-to-compare";
import { evaluatePairwise, type PairwiseResult } from "@/lib/pairwise/evaluate-pairwise";
import { answersFor, parsePairwiseAnswers, serializePairwiseAnswers } from "@/lib/pairwise/pairwise-answers";
import { CATEGORY_MATRIX, pairCount, pairwiseStructure } from "@/lib/pairwise/pairwise-structure";
import type { Judgement } from "@/lib/pairwise/saaty-judgement";
import { pairwiseParsers } from "@/lib/url-state/pairwise-params";
import { noticeInEnglish } from "@/lib/url-state/param-notice";
import { PairwiseMatrixForm } from "./pairwise-matrix-form";

type Props = {
  categories: { slug: string; name: string }[];
  criteria: { slug: string; name: string; category: string }[];
  /** The weights of the equal preset, which the link to /compare leaves out. */
  equal: { criterion: Record<string, number>; category: Record<string, number> };
};

/**
 * The AHP questionnaire (issue 15 §4): the categories compared in pairs, then each category's
 * criteria, one matrix at a time, with the consistency ratio and the judgements to revisit as
 * the sliders move. The answers live in the URL (ahp=), and "Apply" opens /compare with the
 * weights they give and the answers beside them.
 */
export function PairwiseQuestionnaire({ categories, criteria, equal }: Props) {
  const matrices = useMemo(() => pairwiseStructure(categories, criteria), [categories, criteria]);
  const [{ ahp }, setParams] = useQueryStates(pairwiseParsers, { history: "replace", limitUrlUpdates: throttle(250) });
  const search = useSearchParams();
  const { answers, ignored } = useMemo(() => {
    const parsed = parsePairwiseAnswers(ahp);
    const fitted = answersFor(matrices, parsed.answers);
    // The questionnaire is in English yet (docs/i18n.md), its notices too.
    return { answers: fitted.answers, ignored: [...parsed.ignored, ...fitted.ignored].map(noticeInEnglish) };
  }, [ahp, matrices]);
  const results = useMemo(() => new Map<string, PairwiseResult>(matrices.map((m) => [m.key, evaluatePairwise(m, answers.get(m.key))])), [matrices, answers]);
  const steps = matrices.filter((m) => m.askable);
  const [stepIndex, setStepIndex] = useState(0);
  const step = steps[Math.min(stepIndex, steps.length - 1)];

  const onJudgement = useCallback(
    (key: string, pair: number, judgement: Judgement) => {
      const matrix = matrices.find((m) => m.key === key)!;
      const next = new Map(answers);
      const judgements = [...(next.get(key) ?? new Array<Judgement>(pairCount(matrix.items.length)).fill(0))];
      judgements[pair] = judgement;
      next.set(key, judgements);
      void setParams({ ahp: serializePairwiseAnswers(next) || null });
    },
    [matrices, answers, setParams],
  );

  const answersParam = serializePairwiseAnswers(answers);
  const applyHref = applyToCompareHref(new URLSearchParams(search.toString()), ahpUrlWeights(matrices, results), equal, answersParam);
  const backParams = new URLSearchParams(search.toString());
  backParams.delete("ahp");
  const backHref = `/compare${backParams.toString() ? `?${backParams}` : ""}`;
  const global = ahpGlobalWeights(matrices, results);
  const inconsistent = steps.filter((m) => !results.get(m.key)!.consistent);
  const quiet = matrices.filter((m) => m.key !== CATEGORY_MATRIX && !m.askable);

  return (
    <div className="pairwise">
      {ignored.length > 0 && (
        <div className="notice" role="status">
          <strong>Some answers in this link were ignored:</strong>
          <ul>
            {ignored.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </div>
      )}
      <nav aria-label="Questionnaire steps" className="pairwise__steps">
        <ol>
          {steps.map((m, k) => {
            const r = results.get(m.key)!;
            return (
              <li key={m.key}>
                <button type="button" onClick={() => setStepIndex(k)} aria-current={m === step ? "step" : undefined}>
                  {k + 1}. {m.title}
                  <span className={r.consistent ? "pairwise__cr" : "pairwise__cr pairwise__cr--off"}>
                    {m.items.length < 3 ? "" : ` CR ${r.cr.toFixed(2)}${r.consistent ? "" : " (inconsistent)"}`}
                  </span>
                </button>
              </li>
            );
          })}
        </ol>
      </nav>
      {quiet.length > 0 && (
        <p className="small muted">
          {quiet
            .map((m) =>
              m.items.length === 1
                ? `${m.title} has one criterion, which takes the category's whole weight.`
                : `${m.title} has ${m.items.length} criteria, more than can be compared in pairs (15): they keep equal weights within it.`,
            )
            .join(" ")}
        </p>
      )}
      {step && (
        <PairwiseMatrixForm
          key={step.key}
          matrix={step}
          judgements={answers.get(step.key) ?? []}
          result={results.get(step.key)!}
          onJudgement={(pair, k) => onJudgement(step.key, pair, k)}
        />
      )}
      <div className="pairwise__step-buttons">
        {stepIndex > 0 && (
          <button type="button" onClick={() => setStepIndex(stepIndex - 1)}>
            Previous: {steps[stepIndex - 1]!.title}
          </button>
        )}
        {stepIndex < steps.length - 1 && (
          <button type="button" onClick={() => setStepIndex(stepIndex + 1)}>
            Next: {steps[stepIndex + 1]!.title}
          </button>
        )}
      </div>
      <section className="panel pairwise__apply" aria-labelledby="pairwise-apply-heading">
        <h2 id="pairwise-apply-heading">Use these weights</h2>
        {inconsistent.length > 0 ? (
          <p className="notice">
            {inconsistent.length === 1 ? "One matrix is" : `${inconsistent.length} matrices are`} inconsistent ({inconsistent.map((m) => m.title).join(", ")}):
            the weights follow your answers all the same, but revisiting the judgements named there would make them firmer.
          </p>
        ) : (
          <p className="small muted">Every matrix is consistent enough (consistency ratio below 0.10).</p>
        )}
        <p className="pairwise__apply-links">
          <Link className="button-link" href={applyHref}>
            Apply these weights to /compare
          </Link>{" "}
          <Link href={backHref}>Back to /compare without them</Link>
        </p>
        <details>
          <summary>Every criterion&apos;s weight (category weight × weight within it)</summary>
          <table className="plain small">
            <thead>
              <tr>
                <th scope="col">Criterion</th>
                <th scope="col">Weight</th>
              </tr>
            </thead>
            <tbody>
              {criteria.map((c) => (
                <tr key={c.slug}>
                  <th scope="row">{c.name}</th>
                  <td>{formatPercent(global[c.slug] ?? 0)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </section>
    </div>
  );
}
