import { useTranslations } from "next-intl";
import Link from "@/components/i18n/link";
import { useStoredDay } from "@/components/i18n/use-stored-date";
import { sourceHref } from "@/lib/citations/citation-href";
import type { SourceRevisionSummary } from "@/lib/domain/source";

type Props = {
  source: {
    slug: string;
    title: string;
    author: string;
    year: number;
    publisher?: string | null;
    url?: string | null;
    language: string;
    sha256: string;
    revision: number;
    current: number;
    revisions: SourceRevisionSummary[];
    lines: string[];
  };
  canRevise: boolean;
  /** A `pick` parameter the page ignored (it names no edit page of this site). */
  ignoredPick?: string;
};

/**
 * A source's title, bibliography, revision and the notices above its text, in the page's
 * language; the source's own words (title, author, publisher, a revision's reason) as written.
 */
export function SourceHeader({ source, canRevise, ignoredPick }: Props) {
  const t = useTranslations("sources.viewer");
  const day = useStoredDay();
  const shown = source.revisions.find((r) => r.revision === source.revision)!;
  const earlier = source.revision !== source.current;
  const data = (chunks: React.ReactNode) => <bdi>{chunks}</bdi>;
  const code = (chunks: React.ReactNode) => <code>{chunks}</code>;
  return (
    <>
      <h1 lang={source.language} dir="auto">
        {source.title}
      </h1>
      <p className="lede">
        {t.rich(source.publisher ? "bibliographyPublisher" : "bibliography", {
          author: source.author,
          year: source.year,
          publisher: source.publisher ?? "",
          lines: source.lines.length,
          data,
        })}
      </p>
      <p className="small">
        {t.rich("revision", {
          revision: source.revision,
          current: source.current,
          date: day(shown.createdAt),
          reason: shown.reason,
          data,
        })}{" "}
        · SHA-256 <code>{source.sha256.slice(0, 16)}…</code>
        {source.url && (
          <>
            {" "}
            · <a href={source.url}>{t("original")}</a>
          </>
        )}
      </p>
      {earlier && (
        <p className="notice" role="status">
          {t.rich("earlier", {
            revision: source.revision,
            current: source.current,
            link: (chunks) => <Link href={sourceHref(source.slug)}>{chunks}</Link>,
          })}
        </p>
      )}
      {source.revisions.length > 1 && (
        <details className="small">
          <summary>{t("everyRevision")}</summary>
          <ol>
            {source.revisions.map((r) => (
              <li key={r.revision}>
                <Link href={sourceHref(source.slug, r.revision)} aria-current={r.revision === source.revision ? "page" : undefined}>
                  {t("revisionLink", { revision: r.revision })}
                </Link>{" "}
                {t.rich("revisionItem", { date: day(r.createdAt), lines: r.lineCount, reason: r.reason, data })}
              </li>
            ))}
          </ol>
        </details>
      )}
      {canRevise && (
        <p className="small">
          <Link href={`/sources/new?revise=${source.slug}`}>{t("revise", { next: source.current + 1 })}</Link>
        </p>
      )}
      {ignoredPick !== undefined && (
        <p className="notice" role="status">
          {t.rich("ignoredPick", { value: ignoredPick, code })}
        </p>
      )}
    </>
  );
}
