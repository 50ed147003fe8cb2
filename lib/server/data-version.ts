import type { Db, Tx } from "./db";

/**
 * Marks the data as changed: every write transaction calls it, so the version moves exactly
 * when the data a reader may have cached does (upsert: a database made before this row existed
 * gets it on the first write).
 */
export async function bumpDataVersion(tx: Tx | Db): Promise<void> {
  await tx.dataVersion.upsert({ where: { id: 1 }, create: { id: 1, version: 1 }, update: { version: { increment: 1 } } });
}

/** The current data version: one primary-key read. */
export async function readDataVersion(db: Tx | Db): Promise<number> {
  return (await db.dataVersion.findUnique({ where: { id: 1 }, select: { version: true } }))?.version ?? 0;
}
