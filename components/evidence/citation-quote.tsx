import Link from "next/link";
import type { Citation } from "@/lib/domain/citation";
import { citationHref, citationLabel } from "@/lib/citations/citation-href";

/** A quote from the source with a link that opens the source viewer on its lines. */
export function CitationQuote({ citation, sourceTitle }: { citation: Citation; sourceTitle?: string }) {
  return (
    <blockquote className="quote">
      “{citation.quote}”
      <footer>
        <Link href={citationHref(citation)}>
          {sourceTitle ?? citation.document}, {citationLabel(citation)}
        </Link>
      </footer>
    </blockquote>
  );
}
