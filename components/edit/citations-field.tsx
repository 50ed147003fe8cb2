"use client";

import Link from "@/components/i18n/link";
import { type ReactNode, useState } from "react";
import type { Citation } from "@/lib/domain/citation";
import { citationPlace, type PickSource } from "@/lib/citations/citation-href";

type Props = {
  legend?: string;
  fields: Array<Citation & { id: string }>;
  remove: (index: number) => void;
  pickHref: string;
  /** Every source the record may cite, each with its pick link: the editor chooses where to pick lines. */
  pickSources?: PickSource[];
  /** Called as the editor leaves for the source viewer, to put the form's draft aside. */
  onPick: () => void;
  /** Whether the form came back from the source viewer with its draft. */
  restored: boolean;
  error: ReactNode;
};

/**
 * A form's citations, from any number of sources: each quote with its source, revision and
 * lines and a remove button, and the way to pick more lines in the source the editor chooses.
 */
export function CitationsField({ legend = "Citations", fields, remove, pickHref, pickSources = [], onPick, restored, error }: Props) {
  const [chosen, setChosen] = useState(() => pickSources.find((s) => s.href === pickHref)?.slug ?? pickSources[0]?.slug ?? "");
  const href = pickSources.find((s) => s.slug === chosen)?.href ?? pickHref;
  const severalSources = new Set(fields.map((c) => c.document)).size > 1;
  return (
    <fieldset className="field">
      <legend>{legend}</legend>
      {restored && (
        <p className="small" role="status">
          Your unsaved changes were kept while you picked lines.
        </p>
      )}
      {fields.length === 0 && <p className="missing">No citation yet: pick the lines it rests on.</p>}
      <ul className="citation-list">
        {fields.map((c, i) => (
          <li key={c.id}>
            <blockquote className="quote">
              “{c.quote}”
              <footer>
                {c.document}, {citationPlace(c)}
              </footer>
            </blockquote>
            <button
              type="button"
              onClick={() => remove(i)}
              aria-label={`Remove the citation of ${citationPlace(c)}${severalSources ? ` in ${c.document}` : ""}`}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      {pickSources.length > 1 && (
        <div className="field">
          <label htmlFor={`${legend.replace(/\W+/g, "-").toLowerCase()}-source`}>Source to pick lines in</label>
          <select id={`${legend.replace(/\W+/g, "-").toLowerCase()}-source`} value={chosen} onChange={(e) => setChosen(e.target.value)}>
            {pickSources.map((s) => (
              <option key={s.slug} value={s.slug}>
                {s.title} ({s.slug})
              </option>
            ))}
          </select>
        </div>
      )}
      <Link href={href} onClick={onPick}>
        Pick lines in the source viewer
      </Link>
      {error}
    </fieldset>
  );
}
