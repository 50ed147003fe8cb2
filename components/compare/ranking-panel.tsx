"use client";

import type { FrameworkLabel } from "@/lib/domain/framework";
import type { RankedFramework } from "@/lib/compare/build-comparison";
import { formatScore } from "@/lib/compare/format";
import { METHOD_LABELS, MISSING_LABELS } from "@/lib/compare/method-labels";
import type { MissingPolicy, ScoringMethod } from "@/lib/scoring/types";

type Props = {
  frameworks: FrameworkLabel[];
  ranking: RankedFramework[];
  problem: string | null;
  method: ScoringMethod;
  missing: MissingPolicy;
  onMethod: (m: ScoringMethod) => void;
  onMissing: (m: MissingPolicy) => void;
  footer?: React.ReactNode;
  /** Frameworks whose score rests on some of the analyst's own values. */
  assumedBy?: ReadonlySet<string>;
};

/** Method and missing-value settings, and the resulting ranking as an ordered list. */
export function RankingPanel({ frameworks, ranking, problem, method, missing, onMethod, onMissing, footer, assumedBy }: Props) {
  const names = new Map(frameworks.map((f) => [f.slug, f.name]));
  return (
    <section className="panel" aria-labelledby="ranking-heading" id="ranking" tabIndex={-1}>
      <h2 id="ranking-heading">Ranking</h2>
      <fieldset className="inline-options">
        <legend>Method</legend>
        {(Object.keys(METHOD_LABELS) as ScoringMethod[]).map((m) => (
          <label key={m}>
            <input type="radio" name="method" value={m} checked={method === m} onChange={() => onMethod(m)} /> {METHOD_LABELS[m]}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="missing">Missing values count as</label>
        <select id="missing" value={missing} onChange={(e) => onMissing(e.target.value as MissingPolicy)}>
          {(Object.keys(MISSING_LABELS) as MissingPolicy[]).map((m) => (
            <option key={m} value={m}>
              {MISSING_LABELS[m]}
            </option>
          ))}
        </select>
        <p className="small muted">
          Where the source is silent the value is missing. By default it takes the mean of the other frameworks&apos; values on that criterion, so silence
          neither helps nor hurts; choose the worst end to penalise it.
        </p>
      </div>
      {problem ? (
        <p className="notice" role="status">
          {problem}
        </p>
      ) : (
        <ol className="ranking" aria-label="Frameworks ranked, best first" aria-live="polite">
          {ranking.map((r) => (
            <li key={r.slug} data-slug={r.slug}>
              <span className="ranking__rank">{r.rank}</span>
              <span className="ranking__name">
                {names.get(r.slug)}
                {assumedBy?.has(r.slug) && (
                  <span className="assumed-badge" title="This score rests on some of your own values">
                    your values
                  </span>
                )}
              </span>
              <span className="ranking__score">{formatScore(r.score)}</span>
            </li>
          ))}
        </ol>
      )}
      {!problem && assumedBy && assumedBy.size > 0 && (
        <p className="small assumed-note">Marked frameworks are scored with some of your own values where the source is silent (see “Your own values”).</p>
      )}
      {footer}
    </section>
  );
}
