import type { Metadata } from "next";
import Link from "@/components/i18n/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { SourceLines } from "@/components/sources/source-lines";
import { sourceHref } from "@/lib/citations/citation-href";
import { slugSchema } from "@/lib/domain/vocabulary";
import { currentSession, isWriter } from "@/lib/server/auth/current-session";
import { getSource } from "@/lib/server/sources/get-source";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Where "pick lines" returns to: an edit page of this site, never elsewhere. */
const PICK_RETURN = /^\/frameworks\/(new|[a-z0-9-]+\/edit|[a-z0-9-]+\/(assessments|participants)\/[a-z0-9-]+\/edit)$/;
/** `?revision=N`: one of the source's texts (the current one without it). */
const revisionParam = z.coerce.number().int().min(1).max(1000);

async function load(slug: string, revision?: number) {
  const parsed = slugSchema.safeParse(slug);
  return parsed.success ? getSource(parsed.data, revision) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const source = await load((await params).slug);
  return { title: source?.title ?? "Source not found" };
}

export default async function SourcePage({ params, searchParams }: Props) {
  const query = await searchParams;
  const asked = typeof query.revision === "string" ? revisionParam.safeParse(query.revision) : null;
  if (asked && !asked.success) notFound();
  const [source, session] = await Promise.all([load((await params).slug, asked?.data), currentSession()]);
  if (!source) notFound();
  const pickParam = query.pick;
  // Where the record's current citation starts: the viewer opens there, with nothing selected yet.
  const at =
    typeof query.at === "string" && /^\d{1,6}$/.test(query.at) && Number(query.at) >= 1 && Number(query.at) <= source.lines.length
      ? Number(query.at)
      : undefined;
  const earlier = source.revision !== source.current;
  const pick =
    typeof pickParam === "string" && PICK_RETURN.test(pickParam)
      ? { returnTo: pickParam, document: source.slug, revision: earlier ? source.revision : undefined, at }
      : undefined;
  const shown = source.revisions.find((r) => r.revision === source.revision)!;
  return (
    <>
      <h1>{source.title}</h1>
      <p className="lede">
        {source.author}, {source.year}
        {source.publisher ? `, ${source.publisher}` : ""}. {source.lines.length} lines; a citation link opens this text at its lines, highlighted. Link to any
        line by its number.
      </p>
      <p className="small">
        Revision {source.revision} of {source.current} ({shown.createdAt.slice(0, 10)}: {shown.reason}) · SHA-256 <code>{source.sha256.slice(0, 16)}…</code>
        {source.url && (
          <>
            {" "}
            · <a href={source.url}>the original</a>
          </>
        )}
      </p>
      {earlier && (
        <p className="notice" role="status">
          This is revision {source.revision}, an earlier text: citations that name it are checked against these lines.{" "}
          <Link href={sourceHref(source.slug)}>The current text is revision {source.current}</Link>.
        </p>
      )}
      {source.revisions.length > 1 && (
        <details className="small">
          <summary>Every revision of this source</summary>
          <ol>
            {source.revisions.map((r) => (
              <li key={r.revision}>
                <Link href={sourceHref(source.slug, r.revision)} aria-current={r.revision === source.revision ? "page" : undefined}>
                  Revision {r.revision}
                </Link>{" "}
                ({r.createdAt.slice(0, 10)}, {r.lineCount} lines): {r.reason}
              </li>
            ))}
          </ol>
        </details>
      )}
      {isWriter(session) && !pick && (
        <p className="small">
          <Link href={`/sources/new?revise=${source.slug}`}>Add a corrected text as revision {source.current + 1}</Link>
        </p>
      )}
      {pickParam !== undefined && !pick && (
        <p className="notice" role="status">
          Ignored <code>pick={String(pickParam)}</code>: lines can be picked only for an edit page of this site.
        </p>
      )}
      <SourceLines lines={source.lines} pick={pick} />
    </>
  );
}
