import type { Citation } from "@/lib/domain/citation";
import type { Confidence } from "@/lib/domain/vocabulary";
import { CitationQuote } from "./citation-quote";
import { ConfidenceBadge } from "./confidence-badge";

/** The reasoning behind a value or a role: rationale, confidence and the quotes it rests on. */
export function Evidence({ rationale, confidence, citations }: { rationale: string; confidence: Confidence; citations: Citation[] }) {
  return (
    <div className="evidence__body">
      <p>
        {rationale} <ConfidenceBadge confidence={confidence} />
      </p>
      {citations.map((c) => (
        <CitationQuote key={`${c.document}:${c.lineStart}:${c.quote.slice(0, 20)}`} citation={c} />
      ))}
    </div>
  );
}
