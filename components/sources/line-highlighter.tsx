"use client";

import { useEffect, useState } from "react";
import { citationLabel, parseLineHash } from "@/lib/citations/citation-href";

type Span = { start: number; end: number };

/**
 * Reads the URL hash (#L862-L877), marks those lines of the server-rendered text as
 * highlighted and scrolls to them; follows hash changes, so line links on the page work too.
 */
export function LineHighlighter({ lineCount }: { lineCount: number }) {
  const [span, setSpan] = useState<Span | null>(null);

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

  if (!span) return null;
  return (
    <p className="cited-banner" role="status">
      Highlighted: {citationLabel({ lineStart: span.start, lineEnd: span.end })}
    </p>
  );
}
