"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import type { Citation } from "@/lib/domain/citation";
import { citationLabel } from "@/lib/citations/citation-href";

type Props = {
  legend?: string;
  fields: Array<Citation & { id: string }>;
  remove: (index: number) => void;
  pickHref: string;
  /** Called as the editor leaves for the source viewer, to put the form's draft aside. */
  onPick: () => void;
  /** Whether the form came back from the source viewer with its draft. */
  restored: boolean;
  error: ReactNode;
};

/** A form's citations: each quote with its lines and a remove button, and the way to pick more in the source viewer. */
export function CitationsField({ legend = "Citations", fields, remove, pickHref, onPick, restored, error }: Props) {
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
                {c.document}, {citationLabel(c)}
              </footer>
            </blockquote>
            <button type="button" onClick={() => remove(i)} aria-label={`Remove the citation of ${citationLabel(c)}`}>
              Remove
            </button>
          </li>
        ))}
      </ul>
      <Link href={pickHref} onClick={onPick}>
        Pick lines in the source viewer
      </Link>
      {error}
    </fieldset>
  );
}
