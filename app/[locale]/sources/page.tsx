import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import Link from "@/components/i18n/link";
import { currentSession, isWriter } from "@/lib/server/auth/current-session";
import { fromReadModel } from "@/lib/server/page-data";
import { listSources } from "@/lib/server/sources/list-sources";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("sources.list"))("title") };
}

export default async function SourcesPage() {
  const [sources, session, t] = await Promise.all([fromReadModel("sources", listSources), currentSession(), getTranslations("sources.list")]);
  // A source's own words (author, publisher) as written, isolated from the sentence around them.
  const data = (chunks: ReactNode) => <bdi>{chunks}</bdi>;
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lede">{t("lede")}</p>
      {isWriter(session) && (
        <p>
          <Link href="/sources/new">{t("add")}</Link>
        </p>
      )}
      <div className="card-grid">
        {sources.map((s) => (
          <article key={s.slug} className="card">
            <h2>
              <Link href={`/sources/${s.slug}`} lang={s.language} dir="auto">
                {s.title}
              </Link>
            </h2>
            <p className="card__meta">
              {t.rich(s.publisher ? "metaPublisher" : "meta", {
                author: s.author,
                year: s.year,
                publisher: s.publisher ?? "",
                lines: s.lineCount,
                revision: s.revision,
                data,
              })}
            </p>
            <p>
              {t("claims", { count: s.claims })}
              {s.claims > 0 && (
                <>
                  {" "}
                  · <Link href={`/compare?source=${s.slug}`}>{t("onCompare")}</Link>
                </>
              )}
            </p>
          </article>
        ))}
      </div>
    </>
  );
}
