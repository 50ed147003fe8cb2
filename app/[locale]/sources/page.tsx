import type { Metadata } from "next";
import Link from "@/components/i18n/link";
import { currentSession, isWriter } from "@/lib/server/auth/current-session";
import { fromReadModel } from "@/lib/server/page-data";
import { listSources } from "@/lib/server/sources/list-sources";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Sources" };

export default async function SourcesPage() {
  const [sources, session] = await Promise.all([fromReadModel("sources", listSources), currentSession()]);
  return (
    <>
      <h1>Sources</h1>
      <p className="lede">
        The documents the data rests on, in full. Line numbers are the ones every citation uses; a corrected text is a new revision, and each citation is
        checked against the revision it names.
      </p>
      {isWriter(session) && (
        <p>
          <Link href="/sources/new">Add a source</Link>
        </p>
      )}
      <div className="card-grid">
        {sources.map((s) => (
          <article key={s.slug} className="card">
            <h2>
              <Link href={`/sources/${s.slug}`}>{s.title}</Link>
            </h2>
            <p className="card__meta">
              {s.author}, {s.year}
              {s.publisher ? ` · ${s.publisher}` : ""} · {s.lineCount} lines · revision {s.revision}
            </p>
            <p>
              {s.claims === 0 ? "No claim rests on it yet." : `${s.claims} claim${s.claims === 1 ? " rests" : "s rest"} on it`}
              {s.claims > 0 && (
                <>
                  {" "}
                  · <Link href={`/compare?source=${s.slug}`}>only what it supports, on the compare page</Link>
                </>
              )}
            </p>
          </article>
        ))}
      </div>
    </>
  );
}
