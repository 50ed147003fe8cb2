import { getDb, type Db } from "./db";

/** The stored version of a framework, a criterion or an actor (0 when there is none: a new record). */
export async function recordVersion(entity: "framework" | "criterion" | "actor", slug: string, db: Db = getDb()): Promise<number> {
  const where = { where: { slug }, select: { version: true } } as const;
  const row =
    entity === "framework"
      ? await db.framework.findUnique(where)
      : entity === "criterion"
        ? await db.criterion.findUnique(where)
        : await db.actor.findUnique(where);
  return row?.version ?? 0;
}
