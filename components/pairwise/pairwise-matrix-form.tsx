"use client";

import { formatPercent } from "@/lib/compare/format";
import { CONSISTENT_BELOW } from "@/lib/scoring/ahp";
import type { PairwiseResult } from "@/lib/pairwise/evaluate-pairwise";
import { pairsOf, type PairwiseMatrix } from "@/lib/pairwise/pairwise-structure";
import { describeJudgement, type Judgement } from "@/lib/pairwise/saaty-judgement";
import { PairQuestion } from "./pair-question";

type Props = {
  matrix: PairwiseMatrix;
  judgements: readonly Judgement[];
  result: PairwiseResult;
  onJudgement: (pair: number, judgement: Judgement) => void;
};

/** One matrix of the questionnaire: its pairs, the consistency ratio as they change, what to revisit and the weights they give. */
export function PairwiseMatrixForm({ matrix, judgements, result, onJudgement }: Props) {
  const pairs = pairsOf(matrix.items.length);
  const flagged = new Set(result.suggestions.map((s) => s.pair));
  const headingId = `pairwise-${matrix.key}-heading`;
  const nameOf = (i: number) => matrix.items[i]!.name;
  return (
    <section className="panel pairwise-matrix" aria-labelledby={headingId}>
      <h2 id={headingId}>{matrix.key === "_" ? "Categories against each other" : `Within ${matrix.title}`}</h2>
      <p className="small muted">
        {pairs.length} {pairs.length === 1 ? "pair" : "pairs"}. Move each slider towards the more important of the two; the middle means equally important.
      </p>
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
          Consistency ratio <strong>{result.cr.toFixed(2)}</strong>:{" "}
          {matrix.items.length < 3
            ? "two items cannot contradict each other."
            : result.consistent
              ? `consistent enough (below ${CONSISTENT_BELOW.toFixed(2)}).`
              : `inconsistent (${CONSISTENT_BELOW.toFixed(2)} or more): some answers contradict the others.`}
        </p>
      </div>
      {result.suggestions.length > 0 && (
        <div className="suggestions">
          <h3>Worth revisiting</h3>
          <ul>
            {result.suggestions.map((s) => {
              const [i, j] = pairs[s.pair]!;
              return (
                <li key={s.pair}>
                  You said {describeJudgement(s.given, nameOf(i), nameOf(j))}; your other answers imply{" "}
                  <strong>{describeJudgement(s.suggested, nameOf(i), nameOf(j))}</strong>.{" "}
                  <button
                    type="button"
                    onClick={() => onJudgement(s.pair, s.suggested)}
                    aria-label={`Use this: ${describeJudgement(s.suggested, nameOf(i), nameOf(j))}`}
                  >
                    Use this
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      )}
      <table className="plain small pairwise-matrix__weights">
        <caption>The weights these answers give</caption>
        <thead>
          <tr>
            <th scope="col">{matrix.key === "_" ? "Category" : "Criterion"}</th>
            <th scope="col">Weight</th>
          </tr>
        </thead>
        <tbody>
          {matrix.items.map((item, i) => (
            <tr key={item.slug}>
              <th scope="row">{item.name}</th>
              <td>{formatPercent(result.weights[i]!)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
