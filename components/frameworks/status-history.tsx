import { useTranslations } from "next-intl";
import type { Framework } from "@/lib/domain/framework";
import { CitationQuote, type SourceIndex } from "@/components/evidence/citation-quote";
import { ConfidenceBadge } from "@/components/evidence/confidence-badge";
import { useDateFormat } from "@/components/i18n/use-date-format";

type Props = { framework: Pick<Framework, "status" | "statusEvidence" | "announced" | "announcedCitations" | "lineage">; sources: SourceIndex };

const quoteKey = (c: { document: string; lineStart: number; quote: string }) => `${c.document}-${c.lineStart}-${c.quote.slice(0, 16)}`;

/** How the source establishes a framework's status and date, and the earlier initiatives it continues; nothing when it says none of these. */
export function StatusHistory({ framework, sources }: Props) {
  const t = useTranslations("framework");
  const tStatuses = useTranslations("statuses");
  const formatDate = useDateFormat();
  if (!framework.statusEvidence && framework.announcedCitations.length === 0 && framework.lineage.length === 0) return null;
  return (
    <section aria-labelledby="status-history">
      <h2 id="status-history">{t("statusHistory")}</h2>
      {framework.status && framework.statusEvidence && (
        <div className="assessment">
          <p>
            {t.rich("statusExplained", {
              label: tStatuses(`${framework.status}.label`),
              description: tStatuses(`${framework.status}.description`),
              strong: (chunks) => <strong>{chunks}</strong>,
            })}{" "}
            <ConfidenceBadge confidence={framework.statusEvidence.confidence} />
          </p>
          <p dir="auto">{framework.statusEvidence.rationale}</p>
          {framework.statusEvidence.citations.map((c) => (
            <CitationQuote key={quoteKey(c)} citation={c} source={sources[c.document]} />
          ))}
        </div>
      )}
      {framework.announced && framework.announcedCitations.length > 0 && (
        <div className="assessment">
          <p>
            <strong>{t("announcedOn", { date: formatDate(framework.announced) })}</strong>
          </p>
          {framework.announcedCitations.map((c) => (
            <CitationQuote key={quoteKey(c)} citation={c} source={sources[c.document]} />
          ))}
        </div>
      )}
      {framework.lineage.length > 0 && (
        <>
          <h3>{t("lineage")}</h3>
          <ol className="lineage" aria-label={t("lineageLabel")}>
            {framework.lineage.map((e) => (
              <li key={`${e.date}-${e.text.slice(0, 16)}`} className="assessment">
                <p>
                  <span className="lineage__date">{formatDate(e.date)}</span>
                  <bdi>{e.text}</bdi>
                </p>
                {e.citations.map((c) => (
                  <CitationQuote key={quoteKey(c)} citation={c} source={sources[c.document]} />
                ))}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
