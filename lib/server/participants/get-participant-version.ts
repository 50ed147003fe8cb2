import { getDb, type Db } from "../db";

/** The stored version of an actor's role in a framework (0 when it has none). */
export async function getParticipantVersion(framework: string, actor: string, db: Db = getDb()): Promise<number> {
  const row = await db.participation.findFirst({ where: { framework: { slug: framework }, actor: { slug: actor } }, select: { version: true } });
  return row?.version ?? 0;
}
