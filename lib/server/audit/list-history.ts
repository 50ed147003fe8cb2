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
};

/** The audit trail of one record (or of every record of a framework: key prefix "hope/"), newest first. */
export async function listHistory(entity: string, key: string, db: Db = getDb()): Promise<HistoryEntry[]> {
  const rows = await db.auditEntry.findMany({
    where: key.endsWith("/") ? { entity, entityKey: { startsWith: key } } : { entity, entityKey: key },
    orderBy: { id: "desc" },
    take: 500,
  });
  return rows.map((r) => ({ ...r, at: r.at.toISOString(), before: r.before ?? null, after: r.after ?? null }));
}
