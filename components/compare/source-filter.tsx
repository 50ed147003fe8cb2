"use client";

import { useTranslations } from "next-intl";
import type { SourceChoice } from "./use-comparison-from-url";

type Props = { sources: SourceChoice[]; chosen: SourceChoice | null; leftOut: number; onChange: (slug: string | null) => void };

/** "Only what this source supports": limits the view to the values that cite the chosen source, saying how many are left out. */
export function SourceFilter({ sources, chosen, leftOut, onChange }: Props) {
  const t = useTranslations("matrix.source");
  return (
    <div className="source-filter">
      <div className="field">
        <label htmlFor="source-filter">{t("label")}</label>
        <select autoComplete="off" id="source-filter" value={chosen?.slug ?? ""} onChange={(e) => onChange(e.target.value || null)}>
          <option value="">{t("every")}</option>
          {sources.map((s) => (
            <option key={s.slug} value={s.slug}>
              {t("option", { author: s.author, year: s.year, title: s.title })}
            </option>
          ))}
        </select>
      </div>
      {chosen && (
        <p className="notice" role="status">
          {t.rich("notice", {
            title: chosen.title,
            count: leftOut,
            strong: (c) => <strong dir="auto">{c}</strong>,
          })}
        </p>
      )}
    </div>
  );
}
