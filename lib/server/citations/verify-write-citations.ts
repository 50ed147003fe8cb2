import { splitLines, verifyCitation } from "../../citations/verify-citation";
import type { Citation } from "../../domain/citation";
import type { IssueReport } from "../../domain/format-issues";
import type { Db } from "../db";
import { readSourceText } from "../sources/read-source-text";

/**
 * Checks a write's citations against the stored sources: the document must exist and the
 * quote must be in its lines. Returns the problems (paths under `path`) and each document's id.
 */
export async function verifyWriteCitations(db: Db, citations: readonly Citation[], path = "citations") {
  const sources = await db.source.findMany({ select: { id: true, slug: true, file: true } });
  const bySlug = new Map(sources.map((s) => [s.slug, s]));
  const issues: IssueReport[] = [];
  const lines = new Map<string, string[]>();
  for (const [k, c] of citations.entries()) {
    const source = bySlug.get(c.document);
    if (!source) {
      issues.push({ path: `${path}[${k}].document`, message: `unknown source "${c.document}"` });
      continue;
    }
    if (!lines.has(source.slug)) lines.set(source.slug, splitLines(await readSourceText(source.file)));
    const check = verifyCitation(c, lines.get(source.slug)!);
    if (!check.ok) issues.push({ path: `${path}[${k}].quote`, message: check.error });
  }
  const sourceId = (document: string) => bySlug.get(document)!.id;
  return { issues, sourceId };
}

/** Citation rows for createMany, attached to one owner. */
export function citationRowsFor<O extends Record<string, number>>(citations: readonly Citation[], sourceId: (document: string) => number, owner: O) {
  return citations.map((c, position) => ({ sourceId: sourceId(c.document), lineStart: c.lineStart, lineEnd: c.lineEnd, quote: c.quote, position, ...owner }));
}
