"use client";

import { useTranslations } from "next-intl";
import { useNumberFormat } from "@/components/i18n/use-number-format";

/** Past this many frameworks the table shows those most often first: each is a column. */
const MAX_COLUMNS = 8;

type Props = {
  /** The criteria the run weighed, with the view's weights (normalised over them). */
  criteria: readonly { slug: string; name: string; weight: number }[];
  /** Framework slug -> criterion slug -> mean weight of the samples that rank it first, or null if none does. */
  centralWeights: Readonly<Record<string, Readonly<Record<string, number>> | null>>;
  firstRank: Readonly<Record<string, number>>;
  names: ReadonlyMap<string, string>;
};

/** Each framework's central weights (SMAA-2): the typical weights under which it comes first, beside the view's own. */
export function CentralWeightsTable({ criteria, centralWeights, firstRank, names }: Props) {
  const t = useTranslations("robustness.central");
  const { percent } = useNumberFormat();
  const leaders = Object.keys(centralWeights)
    .filter((slug) => centralWeights[slug])
    .sort((a, b) => (firstRank[b] ?? 0) - (firstRank[a] ?? 0));
  const shown = leaders.slice(0, MAX_COLUMNS);
  const never = Object.keys(centralWeights).filter((slug) => !centralWeights[slug]);
  const nameOf = (slug: string) => names.get(slug) ?? slug;
  return (
    <div className="central-weights">
      <h3 id="central-weights-heading">{t("heading")}</h3>
      <p className="small muted">
        {t("explanation")}
        {leaders.length > shown.length && ` ${t("shownOf", { shown: shown.length, count: leaders.length })}`}
        {never.length > 0 && " "}
        {never.length > 0 && t.rich("never", { names: never.map(nameOf).join(", "), name: (c) => <bdi>{c}</bdi> })}
      </p>
      {/* Focusable, so that a keyboard can scroll it (it scrolls past a few dozen criteria). */}
      <div className="table-wrap central-weights__wrap" tabIndex={0} role="group" aria-labelledby="central-weights-heading">
        <table className="plain small" aria-labelledby="central-weights-heading">
          <thead>
            <tr>
              <th scope="col">{t("criterion")}</th>
              <th scope="col">{t("yours")}</th>
              {shown.map((slug) => (
                <th key={slug} scope="col">
                  {nameOf(slug)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {criteria.map((c) => (
              <tr key={c.slug}>
                <th scope="row">{c.name}</th>
                <td>{percent(c.weight)}</td>
                {shown.map((slug) => (
                  <td key={slug}>{percent(centralWeights[slug]?.[c.slug] ?? 0)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
