import type { Citation } from "../domain/citation";

/** Prisma include for a record's citations, in their given order, with the document slug. */
export const citationInclude = {
  citations: { orderBy: { position: "asc" }, include: { source: { select: { slug: true } } } },
} as const;

type CitationRow = { revision: number; lineStart: number; lineEnd: number; quote: string; source: { slug: string } };

export function toCitation(row: CitationRow): Citation & { revision: number } {
  return { document: row.source.slug, revision: row.revision, lineStart: row.lineStart, lineEnd: row.lineEnd, quote: row.quote };
}
