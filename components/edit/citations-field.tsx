"use client";

import Link from "next/link";
import { useEffect, type ReactNode } from "react";
import type { Citation } from "@/lib/domain/citation";
import { citationLabel } from "@/lib/citations/citation-href";

const sameCitation = (a: Citation, b: Citation) => a.document === b.document && a.lineStart === b.lineStart && a.lineEnd === b.lineEnd;

type Props = {
  fields: Array<Citation & { id: string }>;
  remove: (index: number) => void;
  append: (citation: Citation) => void;
  /** Lines just picked in the source viewer; they join the list once. */
  picked: Citation | null;
  pickHref: string;
  error: ReactNode;
};

/** A form's citations: each quote with its lines and a remove button, and the way to pick more in the source viewer. */
export function CitationsField({ fields, remove, append, picked, pickHref, error }: Props) {
  useEffect(() => {
    if (picked && !fields.some((c) => sameCitation(c, picked))) append(picked);
    // Only a newly picked citation should add itself, not every change of the list.
  }, [picked]);
  return (
    <fieldset className="field">
      <legend>Citations</legend>
      {fields.length === 0 && <p className="missing">No citation yet: pick the lines it rests on.</p>}
      <ul className="citation-list">
        {fields.map((c, i) => (
          <li key={c.id}>
            <blockquote className="quote">
              “{c.quote}”<footer>
                {c.document}, {citationLabel(c)}
              </footer>
            </blockquote>
            <button type="button" onClick={() => remove(i)} aria-label={`Remove the citation of ${citationLabel(c)}`}>
              Remove
            </button>
          </li>
        ))}
      </ul>
      <Link href={pickHref}>Pick lines in the source viewer</Link>
      {error}
    </fieldset>
  );
}
