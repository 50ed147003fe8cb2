import type { HistoryEntry } from "../../domain/history-entry";
import { getDb, type Db } from "../db";
import { displayNames } from "../users/display-names";

type HistoryPage = { entries: HistoryEntry[] /** Pass as `before` for the next, older page; null on the last. */; nextBefore: number | null };

type HistoryFilter = { entity?: string; key?: string };
type HistoryOptions = { limit?: number; before?: number; revealEmails?: boolean; db?: Db };

/**
 * The audit trail, newest first, a page at a time: of one record (entity and key), of every
 * record of a framework (key prefix "hope/"), of every record of one kind (no key), or of
 * everything (no entity). `before` continues from an earlier page's `nextBefore`.
 */
export async function listHistory(filter: HistoryFilter = {}, options: HistoryOptions = {}): Promise<HistoryPage> {
  const { limit = 500, before, revealEmails = false, db = getDb() } = options;
  const { entity, key } = filter;
  const keyFilter = key === undefined ? {} : key.endsWith("/") ? { entityKey: { startsWith: key } } : { entityKey: key };
  const rows = await db.auditEntry.findMany({
    where: { ...(entity ? { entity } : {}), ...keyFilter, ...(before !== undefined ? { id: { lt: before } } : {}) },
    orderBy: { id: "desc" },
    take: limit + 1,
  });
  const page = rows.slice(0, limit);
  const names = await displayNames(
    db,
    page.map((r) => r.actor),
  );
  return {
    entries: page.map(({ actor, ...r }) => ({
      ...r,
      actor: names.get(actor)!,
      ...(revealEmails ? { actorEmail: actor } : {}),
      at: r.at.toISOString(),
      before: r.before ?? null,
      after: r.after ?? null,
    })),
    nextBefore: rows.length > limit ? page.at(-1)!.id : null,
  };
}
