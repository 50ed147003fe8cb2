import { LRUCache } from "lru-cache";
import { splitLines } from "../../citations/verify-citation";
import type { Db, Tx } from "../db";

/** Revisions never change, so their lines are kept by SHA-256 (at most 64 MB of text), whatever the database. */
const cache = globalThis as unknown as { gulfRevisionLines?: LRUCache<string, string[]> };
const linesCache = () =>
  (cache.gulfRevisionLines ??= new LRUCache<string, string[]>({
    maxSize: 64 * 1024 * 1024,
    sizeCalculation: (lines) => lines.length + lines.reduce((n, l) => n + l.length, 0) || 1,
  }));

type StoredRevision = { sourceId: number; slug: string; revision: number; current: number; sha256: string; lines: string[] };

/**
 * A reader of stored revisions for one request: `revision` undefined reads the current
 * (latest) one. Null for an unknown source or a revision it does not have.
 */
export function revisionReader(db: Db | Tx) {
  let sources: Promise<Map<string, { id: number; current: number }>> | null = null;
  const loadSources = async () => {
    const rows = await db.source.findMany({
      select: { id: true, slug: true, revisions: { select: { revision: true }, orderBy: { revision: "desc" }, take: 1 } },
    });
    return new Map(rows.map((r) => [r.slug, { id: r.id, current: r.revisions[0]?.revision ?? 0 }]));
  };
  return {
    /** The source's id and current revision (0: none yet), or null for an unknown slug. */
    async source(slug: string) {
      sources ??= loadSources();
      return (await sources).get(slug) ?? null;
    },
    async read(slug: string, revision?: number): Promise<StoredRevision | null> {
      const source = await this.source(slug);
      if (!source) return null;
      const wanted = revision ?? source.current;
      const row = await db.sourceRevision.findUnique({ where: { sourceId_revision: { sourceId: source.id, revision: wanted } }, select: { sha256: true } });
      if (!row) return null;
      let lines = linesCache().get(row.sha256);
      if (!lines) {
        const text = await db.sourceRevision.findUnique({ where: { sourceId_revision: { sourceId: source.id, revision: wanted } }, select: { text: true } });
        if (!text) return null;
        lines = splitLines(text.text);
        linesCache().set(row.sha256, lines);
      }
      return { sourceId: source.id, slug, revision: wanted, current: source.current, sha256: row.sha256, lines };
    },
  };
}
