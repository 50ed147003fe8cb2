"use client";

import { useTranslations } from "next-intl";
import Link from "@/components/i18n/link";
import { type ReactNode, useState } from "react";
import type { Citation } from "@/lib/domain/citation";
import type { PickSource } from "@/lib/citations/citation-href";
import { useCitationPlace } from "@/components/evidence/use-citation-place";

type Props = {
  legend?: string;
  /** Distinguishes the field's controls when a form has two. */
  id?: string;
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
export function CitationsField({ legend, id = "citations", fields, remove, pickHref, pickSources = [], onPick, restored, error }: Props) {
  const t = useTranslations("editor.citations");
  const citationPlace = useCitationPlace();
  const [chosen, setChosen] = useState(() => pickSources.find((s) => s.href === pickHref)?.slug ?? pickSources[0]?.slug ?? "");
  const href = pickSources.find((s) => s.slug === chosen)?.href ?? pickHref;
  const severalSources = new Set(fields.map((c) => c.document)).size > 1;
  return (
    <fieldset className="field">
      <legend>{legend ?? t("legend")}</legend>
      {restored && (
        <p className="small" role="status">
          {t("restored")}
        </p>
      )}
      {fields.length === 0 && <p className="missing">{t("none")}</p>}
      <ul className="citation-list">
        {fields.map((c, i) => (
          <li key={c.id}>
            {/* A quote is in its source's language and direction. */}
            <blockquote className="quote" dir="auto">
              “{c.quote}”
              <footer>
                <bdi>{c.document}</bdi>, <bdi>{citationPlace(c)}</bdi>
              </footer>
            </blockquote>
            <button
              type="button"
              onClick={() => remove(i)}
              aria-label={t(severalSources ? "removeIn" : "removeOne", { place: citationPlace(c), document: c.document })}
            >
              {t("remove")}
            </button>
          </li>
        ))}
      </ul>
      {pickSources.length > 1 && (
        <div className="field">
          <label htmlFor={`${id}-source`}>{t("source")}</label>
          <select id={`${id}-source`} value={chosen} onChange={(e) => setChosen(e.target.value)}>
            {pickSources.map((s) => (
              <option key={s.slug} value={s.slug}>
                {s.title} ({s.slug})
              </option>
            ))}
          </select>
        </div>
      )}
      <Link href={href} onClick={onPick} data-keeps-draft="">
        {t("pick")}
      </Link>
      {error}
    </fieldset>
  );
}
