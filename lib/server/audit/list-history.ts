import { getDb, type Db } from "../db";

export type HistoryEntry = {
  id: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entityKey: string;
  field: string | null;
  before: unknown;
  after: unknown;
  reason: string | null;
  /** The rows one save wrote together share it. */
  batch: string | null;
};

/**
 * The audit trail, newest first: of one record (entity and key), of every record of a framework
 * (key prefix "hope/"), of every record of one kind (no key), or of everything (no entity).
 */
export async function listHistory(entity?: string, key?: string, db: Db = getDb(), limit = 500): Promise<HistoryEntry[]> {
  const keyFilter = key === undefined ? {} : key.endsWith("/") ? { entityKey: { startsWith: key } } : { entityKey: key };
  const rows = await db.auditEntry.findMany({ where: { ...(entity ? { entity } : {}), ...keyFilter }, orderBy: { id: "desc" }, take: limit });
  return rows.map((r) => ({ ...r, at: r.at.toISOString(), before: r.before ?? null, after: r.after ?? null }));
}
