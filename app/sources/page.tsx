import type { Metadata } from "next";
import Link from "next/link";
import { listSources } from "@/lib/server/sources/list-sources";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Sources" };

export default async function SourcesPage() {
  const sources = await listSources();
  return (
    <>
      <h1>Sources</h1>
      <p className="lede">The documents the data rests on, in full. Line numbers are the ones every citation uses.</p>
      <div className="card-grid">
        {sources.map((s) => (
          <article key={s.slug} className="card">
            <h2>
              <Link href={`/sources/${s.slug}`}>{s.title}</Link>
            </h2>
            <p className="card__meta">
              {s.author}, {s.year}
              {s.publisher ? ` · ${s.publisher}` : ""} · {s.lineCount} lines
            </p>
          </article>
        ))}
      </div>
    </>
  );
}
