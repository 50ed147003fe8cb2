"use client";

import { useTranslations } from "next-intl";
import { ParamNoticeText } from "@/components/compare/param-notices";
import Link from "@/components/i18n/link";
import { useIsolate } from "@/components/i18n/use-isolate";
import { useJoin } from "@/components/i18n/use-join";
import { useNumberFormat } from "@/components/i18n/use-number-format";
import { useSearchParams } from "next/navigation";
import { throttle, useQueryStates } from "nuqs";
import { useCallback, useMemo, useState } from "react";
import { ahpGlobalWeights, ahpUrlWeights } from "@/lib/pairwise/ahp-url-weights";
import { applyToCompareHref } from "@/lib/pairwise/apply-to-compare";
import { evaluatePairwise, type PairwiseResult } from "@/lib/pairwise/evaluate-pairwise";
import { answersFor, parsePairwiseAnswers, serializePairwiseAnswers } from "@/lib/pairwise/pairwise-answers";
import { CATEGORY_MATRIX, pairCount, pairwiseStructure } from "@/lib/pairwise/pairwise-structure";
import { AHP_LIMITS } from "@/lib/domain/ahp";
import { CONSISTENT_BELOW } from "@/lib/scoring/ahp";
import type { Judgement } from "@/lib/pairwise/saaty-judgement";
import { pairwiseParsers } from "@/lib/url-state/pairwise-params";
import { PairwiseMatrixForm } from "./pairwise-matrix-form";
import { useMatrixTitle } from "./use-matrix-title";

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
  const t = useTranslations("pairwise");
  const isolate = useIsolate();
  const join = useJoin();
  const { fixed, percent } = useNumberFormat();
  const titleOf = useMatrixTitle();
  const bdi = (c: React.ReactNode) => <bdi>{c}</bdi>;
  const matrices = useMemo(() => pairwiseStructure(categories, criteria), [categories, criteria]);
  const [{ ahp }, setParams] = useQueryStates(pairwiseParsers, { history: "replace", limitUrlUpdates: throttle(250) });
  const search = useSearchParams();
  const { answers, ignored } = useMemo(() => {
    const parsed = parsePairwiseAnswers(ahp);
    const fitted = answersFor(matrices, parsed.answers);
    return { answers: fitted.answers, ignored: [...parsed.ignored, ...fitted.ignored] };
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
          <strong>{t("ignored")}</strong>
          <ul>
            {ignored.map((notice, i) => (
              // By place, as on /compare: the same notice may come twice.
              <li key={i}>
                <ParamNoticeText notice={notice} />
              </li>
            ))}
          </ul>
        </div>
      )}
      <nav aria-label={t("steps")} className="pairwise__steps">
        <ol>
          {steps.map((m, k) => {
            const r = results.get(m.key)!;
            return (
              <li key={m.key}>
                <button type="button" onClick={() => setStepIndex(k)} aria-current={m === step ? "step" : undefined}>
                  {t.rich("step", { number: k + 1, title: titleOf(m), name: bdi })}
                  <span className={r.consistent ? "pairwise__cr" : "pairwise__cr pairwise__cr--off"}>
                    {m.items.length < 3 ? "" : ` ${t("stepRatio", { ratio: fixed(r.cr, 2), consistent: String(r.consistent) })}`}
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
                ? t("quietOne", { title: isolate(m.title) })
                : t("quietMany", { title: isolate(m.title), count: m.items.length, max: AHP_LIMITS.maxItems }),
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
            {t("previous", { title: isolate(titleOf(steps[stepIndex - 1]!)) })}
          </button>
        )}
        {stepIndex < steps.length - 1 && (
          <button type="button" onClick={() => setStepIndex(stepIndex + 1)}>
            {t("next", { title: isolate(titleOf(steps[stepIndex + 1]!)) })}
          </button>
        )}
      </div>
      <section className="panel pairwise__apply" aria-labelledby="pairwise-apply-heading">
        <h2 id="pairwise-apply-heading">{t("applyHeading")}</h2>
        {inconsistent.length > 0 ? (
          <p className="notice">{t("inconsistentNotice", { count: inconsistent.length, names: join(inconsistent.map((m) => isolate(titleOf(m)))) })}</p>
        ) : (
          <p className="small muted">{t("allConsistent", { limit: fixed(CONSISTENT_BELOW, 2) })}</p>
        )}
        <p className="pairwise__apply-links">
          <Link className="button-link" href={applyHref}>
            {t("apply")}
          </Link>{" "}
          <Link href={backHref}>{t("back")}</Link>
        </p>
        <details>
          <summary>{t("everyWeight")}</summary>
          <table className="plain small">
            <thead>
              <tr>
                <th scope="col">{t("criterion")}</th>
                <th scope="col">{t("weight")}</th>
              </tr>
            </thead>
            <tbody>
              {criteria.map((c) => (
                <tr key={c.slug}>
                  <th scope="row">
                    <bdi>{c.name}</bdi>
                  </th>
                  <td>{percent(global[c.slug] ?? 0)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </section>
    </div>
  );
}
