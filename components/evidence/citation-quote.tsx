import Link from "@/components/i18n/link";
import type { Citation } from "@/lib/domain/citation";
import { citationHref } from "@/lib/citations/citation-href";
import { useCitationPlace } from "./use-citation-place";

/** What a page knows of the sources: each one's title, current revision and language (a tag: en, ru, ar…), by slug. */
export type SourceIndex = Readonly<Record<string, { title: string; revision: number; language?: string }>>;

/** The index of a list of sources (the read API's or a page's). */
export const sourceIndex = (sources: ReadonlyArray<{ slug: string; title: string; revision: number; language?: string }>): SourceIndex =>
  Object.fromEntries(sources.map((s) => [s.slug, { title: s.title, revision: s.revision, ...(s.language && { language: s.language }) }]));

/**
 * A quote from a source with a link that opens the source viewer on its lines: the current text,
 * or the earlier revision the citation names (always its revision when the source is not known).
 */
export function CitationQuote({ citation, source }: { citation: Citation; source?: { title: string; revision: number; language?: string } }) {
  const place = useCitationPlace()(citation);
  return (
    <blockquote className="quote">
      {/* The quote in its source's language, script and direction, whatever the page's. */}
      <span className="quote__text" dir="auto" lang={source?.language}>
        “{citation.quote}”
      </span>
      <footer>
        <Link href={citationHref(citation, source?.revision)} title={source?.title}>
          <bdi>{citation.document}</bdi>, {place}
        </Link>
      </footer>
    </blockquote>
  );
}
