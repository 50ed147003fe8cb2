import { useTranslations } from "next-intl";
import type { Citation } from "@/lib/domain/citation";
import type { Confidence } from "@/lib/domain/vocabulary";
import { CitationQuote, type SourceIndex } from "./citation-quote";
import { ConfidenceBadge } from "./confidence-badge";
import { Rationale } from "./rationale";

type Props = {
  rationale: string;
  confidence: Confidence;
  citations: Citation[];
  /** Marked by an editor when the sources disagree, with the note saying how. */
  contested?: boolean;
  contestedNote?: string | null;
  /** The sources by slug: each quote's source is named, and links to the current text when it cites it. */
  sources?: SourceIndex;
};

/**
 * The reasoning behind a value or a role: rationale, confidence, whether its sources disagree,
 * and each source's quotes, source by source.
 */
export function Evidence({ rationale, confidence, citations, contested = false, contestedNote = null, sources = {} }: Props) {
  const t = useTranslations("evidence");
  const documents = [...new Set(citations.map((c) => c.document))];
  const title = (slug: string) => sources[slug]?.title ?? slug;
  return (
    <div className="evidence__body">
      {/* The rationale's own direction (it stays in the language it was written in), its badge at its end. */}
      <Rationale rationale={rationale}>
        {" "}
        <ConfidenceBadge confidence={confidence} />
      </Rationale>
      {contested && (
        <p className="contested-note">
          <strong>{t("contested")}</strong> {contestedNote ? <bdi>{contestedNote}</bdi> : t("contestedDefault")}
        </p>
      )}
      {documents.length > 1 && <p className="small muted">{t("restsOn", { count: documents.length, titles: documents.map(title).join("; ") })}</p>}
      {documents.map((document) =>
        citations
          .filter((c) => c.document === document)
          .map((c) => <CitationQuote key={`${c.document}:${c.revision}:${c.lineStart}:${c.quote.slice(0, 20)}`} citation={c} source={sources[c.document]} />),
      )}
    </div>
  );
}
