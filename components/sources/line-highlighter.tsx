"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { parseLineHash } from "@/lib/citations/citation-href";

type Span = { start: number; end: number };

/** A citation spans at most this many lines. */
const MAX_CITED_LINES = 40;

/**
 * Reads the URL hash (#L862-L877), marks those lines of the server-rendered text as
 * highlighted and scrolls to them; follows hash changes, so line links on the page work too.
 */
/** Pick mode: where to return with the lines, in which source and (an earlier one than the current) revision. */
export type PickTarget = { returnTo: string; document: string; revision?: number; at?: number };

export function LineHighlighter({ lineCount, pick }: { lineCount: number; pick?: PickTarget }) {
  const t = useTranslations("sources.viewer");
  const tEvidence = useTranslations("evidence");
  const [span, setSpan] = useState<Span | null>(null);
  const lines = (s: Span) => (s.end > s.start ? tEvidence("lineRange", { start: s.start, end: s.end }) : tEvidence("line", { start: s.start }));

  useEffect(() => {
    // Picking for a record that cites lines already: open at them, selecting nothing yet.
    if (pick?.at && !window.location.hash) document.getElementById(`L${pick.at}`)?.scrollIntoView({ block: "center" });
  }, [pick?.at]);

  useEffect(() => {
    // Shift+click (or Shift+Enter) on a line number extends the marked span to that line.
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.(".source-line__number");
      if (!link || !event.shiftKey) return;
      const current = parseLineHash(window.location.hash);
      const line = Number(link.getAttribute("href")?.slice(2));
      if (!current || !Number.isInteger(line)) return;
      event.preventDefault();
      const start = Math.min(current.start, line);
      const end = Math.max(current.start, line);
      window.location.hash = start === end ? `L${start}` : `L${start}-L${end}`;
    };
    document.addEventListener("click", onClick);
    return () => document.removeEventListener("click", onClick);
  }, []);

  useEffect(() => {
    const read = () => {
      const next = parseLineHash(window.location.hash);
      setSpan(next && next.start <= lineCount ? { start: next.start, end: Math.min(next.end, lineCount) } : null);
    };
    read();
    window.addEventListener("hashchange", read);
    return () => window.removeEventListener("hashchange", read);
  }, [lineCount]);

  useEffect(() => {
    if (!span) return;
    const marked: HTMLElement[] = [];
    for (let n = span.start; n <= span.end; n++) {
      const line = document.getElementById(`L${n}`);
      if (!line) continue;
      line.dataset.highlighted = "true";
      marked.push(line);
    }
    marked[0]?.scrollIntoView({ block: "start" });
    return () => marked.forEach((line) => delete line.dataset.highlighted);
  }, [span]);

  if (pick)
    return (
      <div className="pick-bar" role="region" aria-label={t("pick")}>
        {span ? (
          <>
            <span>{t("selected", { lines: lines(span) })}</span>
            {span.end - span.start < MAX_CITED_LINES ? (
              <a href={`${pick.returnTo}?cite=${span.start}-${span.end}&doc=${pick.document}${pick.revision ? `&rev=${pick.revision}` : ""}`}>{t("use")}</a>
            ) : (
              <span>{t("tooLong", { most: MAX_CITED_LINES })}</span>
            )}
          </>
        ) : (
          <span>{t("howToPick")}</span>
        )}
        <a href={pick.returnTo}>{t("cancel")}</a>
      </div>
    );
  if (!span) return null;
  return (
    <p className="cited-banner" role="status">
      {t("highlighted", { lines: lines(span) })}
    </p>
  );
}
