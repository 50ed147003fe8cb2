"use client";

import type { SourceChoice } from "./use-comparison-from-url";

type Props = { sources: SourceChoice[]; chosen: SourceChoice | null; leftOut: number; onChange: (slug: string | null) => void };

/** "Only what this source supports": limits the view to the values that cite the chosen source, saying how many are left out. */
export function SourceFilter({ sources, chosen, leftOut, onChange }: Props) {
  return (
    <div className="source-filter">
      <div className="field">
        <label htmlFor="source-filter">Only what this source supports</label>
        <select id="source-filter" value={chosen?.slug ?? ""} onChange={(e) => onChange(e.target.value || null)}>
          <option value="">Every source</option>
          {sources.map((s) => (
            <option key={s.slug} value={s.slug}>
              {s.author} {s.year}: {s.title}
            </option>
          ))}
        </select>
      </div>
      {chosen && (
        <p className="notice" role="status">
          Only what <strong>{chosen.title}</strong> supports: {leftOut} value{leftOut === 1 ? "" : "s"} citing none of its lines {leftOut === 1 ? "is" : "are"}{" "}
          left out, marked “not in source” and counted as missing in the ranking.
        </p>
      )}
    </div>
  );
}
