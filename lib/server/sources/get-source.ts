import { splitLines } from "../../citations/verify-citation";
import type { SourceRevisionSummary } from "../../domain/source";
import { getDb, type Db } from "../db";

type SourceWithText = {
  slug: string;
  title: string;
  author: string;
  year: number;
  publisher: string | null;
  url: string | null;
  language: string;
  /** The revision shown, and the current (latest) one. */
  revision: number;
  current: number;
  sha256: string;
  lines: string[];
  revisions: SourceRevisionSummary[];
};

/**
 * A source at one revision (the current one when none is named) with that text split into
 * citation-numbered lines and the list of its revisions; null for an unknown slug or revision.
 */
export async function getSource(slug: string, revision?: number, db: Db = getDb()): Promise<SourceWithText | null> {
  const row = await db.source.findUnique({
    where: { slug },
    include: { revisions: { orderBy: { revision: "asc" }, select: { revision: true, sha256: true, lineCount: true, createdAt: true, reason: true } } },
  });
  const current = row?.revisions.at(-1)?.revision;
  if (!row || current === undefined) return null;
  const shown = revision ?? current;
  const text = await db.sourceRevision.findUnique({
    where: { sourceId_revision: { sourceId: row.id, revision: shown } },
    select: { text: true, sha256: true },
  });
  if (!text) return null;
  return {
    slug: row.slug,
    title: row.title,
    author: row.author,
    year: row.year,
    publisher: row.publisher,
    url: row.url,
    language: row.language,
    revision: shown,
    current,
    sha256: text.sha256,
    lines: splitLines(text.text),
    revisions: row.revisions.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })),
  };
}
