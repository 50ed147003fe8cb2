"use client";

import { useTranslations } from "next-intl";
import { useNumberFormat } from "@/components/i18n/use-number-format";
import type { FrameworkLabel } from "@/lib/domain/framework";
import type { RankedFramework } from "@/lib/compare/build-comparison";
import { METHOD_LABELS, MISSING_LABELS } from "@/lib/compare/method-labels";
import type { MissingPolicy, ScoringMethod } from "@/lib/scoring/types";
import { useFirstPlaces } from "./use-first-places";

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
  const t = useTranslations("ranking");
  const { score, integer } = useNumberFormat();
  const { shown, more } = useFirstPlaces(ranking);
  // A method registered without a translation yet is named by its module (in English).
  const methodLabel = (m: ScoringMethod) => (t.has(`methods.${m}`) ? t(`methods.${m}`) : METHOD_LABELS[m]);
  return (
    <section className="panel" aria-labelledby="ranking-heading" id="ranking" tabIndex={-1}>
      <h2 id="ranking-heading">{t("heading")}</h2>
      <fieldset className="inline-options">
        <legend>{t("method")}</legend>
        {(Object.keys(METHOD_LABELS) as ScoringMethod[]).map((m) => (
          <label key={m}>
            <input autoComplete="off" type="radio" name="method" value={m} checked={method === m} onChange={() => onMethod(m)} /> {methodLabel(m)}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="missing">{t("missingLabel")}</label>
        <select autoComplete="off" id="missing" value={missing} onChange={(e) => onMissing(e.target.value as MissingPolicy)}>
          {(Object.keys(MISSING_LABELS) as MissingPolicy[]).map((m) => (
            <option key={m} value={m}>
              {t(`missing.${m}`)}
            </option>
          ))}
        </select>
        <p className="small muted">{t("missingHelp")}</p>
      </div>
      {problem ? (
        <p className="notice" role="status">
          {problem}
        </p>
      ) : (
        <ol className="ranking" aria-label={t("list")} aria-live="polite">
          {shown.map((r) => (
            <li key={r.slug} data-slug={r.slug}>
              <span className="ranking__rank">{integer(r.rank)}</span>
              <span className="ranking__name">
                <bdi>{names.get(r.slug)}</bdi>
                {assumedBy?.has(r.slug) && (
                  <span className="assumed-badge" title={t("yourValuesTitle")}>
                    {t("yourValues")}
                  </span>
                )}
              </span>
              <span className="ranking__score">{score(r.score)}</span>
            </li>
          ))}
        </ol>
      )}
      {!problem && more}
      {!problem && assumedBy && assumedBy.size > 0 && <p className="small assumed-note">{t("yourValuesNote")}</p>}
      {footer}
    </section>
  );
}
