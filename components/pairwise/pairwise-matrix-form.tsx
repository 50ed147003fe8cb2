"use client";

import { useTranslations } from "next-intl";
import { useIsolate } from "@/components/i18n/use-isolate";
import { useNumberFormat } from "@/components/i18n/use-number-format";
import { CONSISTENT_BELOW } from "@/lib/scoring/ahp";
import type { PairwiseResult } from "@/lib/pairwise/evaluate-pairwise";
import { CATEGORY_MATRIX, pairsOf, type PairwiseMatrix } from "@/lib/pairwise/pairwise-structure";
import type { Judgement } from "@/lib/pairwise/saaty-judgement";
import { judgementWords } from "./judgement-words";
import { PairQuestion } from "./pair-question";
import { useMatrixTitle } from "./use-matrix-title";

type Props = {
  matrix: PairwiseMatrix;
  judgements: readonly Judgement[];
  result: PairwiseResult;
  onJudgement: (pair: number, judgement: Judgement) => void;
};

/** One matrix of the questionnaire: its pairs, the consistency ratio as they change, what to revisit and the weights they give. */
export function PairwiseMatrixForm({ matrix, judgements, result, onJudgement }: Props) {
  const t = useTranslations("pairwise");
  const isolate = useIsolate();
  const { fixed, percent } = useNumberFormat();
  const titleOf = useMatrixTitle();
  const pairs = pairsOf(matrix.items.length);
  const flagged = new Set(result.suggestions.map((s) => s.pair));
  const headingId = `pairwise-${matrix.key}-heading`;
  const categories = matrix.key === CATEGORY_MATRIX;
  const nameOf = (i: number) => matrix.items[i]!.name;
  const said = (k: Judgement, i: number, j: number) => judgementWords(t, k, isolate(nameOf(i)), isolate(nameOf(j)));
  const consistency = matrix.items.length < 3 ? "two" : result.consistent ? "consistent" : "inconsistent";
  return (
    <section className="panel pairwise-matrix" aria-labelledby={headingId}>
      <h2 id={headingId}>{categories ? t("categoriesHeading") : t.rich("withinHeading", { title: titleOf(matrix), name: (c) => <bdi>{c}</bdi> })}</h2>
      <p className="small muted">{t("pairsHelp", { count: pairs.length })}</p>
      <div className="pairwise-matrix__pairs">
        {pairs.map(([i, j], p) => (
          <PairQuestion
            key={`${i}-${j}`}
            id={`pair-${matrix.key}-${i}-${j}`}
            a={nameOf(i)}
            b={nameOf(j)}
            judgement={judgements[p] ?? 0}
            flagged={flagged.has(p)}
            onChange={(k) => onJudgement(p, k)}
          />
        ))}
      </div>
      <div className="pairwise-matrix__check" role="status" aria-live="polite">
        <p className={result.consistent ? "consistency consistency--ok" : "consistency consistency--off"} data-testid="consistency">
          {t.rich("consistency", {
            ratio: fixed(result.cr, 2),
            limit: fixed(CONSISTENT_BELOW, 2),
            state: consistency,
            strong: (c) => <strong>{c}</strong>,
          })}
        </p>
      </div>
      {result.suggestions.length > 0 && (
        <div className="suggestions">
          <h3>{t("revisitHeading")}</h3>
          <ul>
            {result.suggestions.map((s) => {
              const [i, j] = pairs[s.pair]!;
              const suggested = said(s.suggested, i, j);
              return (
                <li key={s.pair}>
                  {t.rich("revisit", { given: said(s.given, i, j), suggested, strong: (c) => <strong>{c}</strong> })}{" "}
                  <button type="button" onClick={() => onJudgement(s.pair, s.suggested)} aria-label={t("useThisLabel", { suggested })}>
                    {t("useThis")}
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      )}
      <table className="plain small pairwise-matrix__weights">
        <caption>{t("weightsCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{categories ? t("category") : t("criterion")}</th>
            <th scope="col">{t("weight")}</th>
          </tr>
        </thead>
        <tbody>
          {matrix.items.map((item, i) => (
            <tr key={item.slug}>
              <th scope="row">
                <bdi>{item.name}</bdi>
              </th>
              <td>{percent(result.weights[i]!)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
