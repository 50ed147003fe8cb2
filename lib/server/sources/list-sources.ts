import type { SourceOutput } from "../../domain/source";
import { claimsBySource } from "../../domain/source-claims";
import { getDb, type Db } from "../db";
import { listFrameworks } from "../frameworks/list-frameworks";

/** Every source with its current revision (number, SHA-256, lines) and how many claims rest on it. */
export async function listSources(db: Db = getDb()): Promise<SourceOutput[]> {
  const [rows, frameworks] = await Promise.all([
    db.source.findMany({
      orderBy: { id: "asc" },
      include: { revisions: { orderBy: { revision: "desc" }, take: 1, select: { revision: true, sha256: true, lineCount: true } } },
    }),
    listFrameworks(db),
  ]);
  const claims = claimsBySource(frameworks);
  // A source whose first text is not stored yet (before db:setup backfills it) is not listed: it cannot be read or cited.
  return rows.flatMap(({ id: _id, revisions, ...s }) => {
    const current = revisions[0];
    return current ? [{ ...s, lineCount: current.lineCount, revision: current.revision, sha256: current.sha256, claims: claims.get(s.slug) ?? 0 }] : [];
  });
}
