import type { Framework } from "../../domain/framework";
import { getDb, type Db, type Tx } from "../db";
import { frameworkInclude, toFramework } from "./framework-query";

/** One framework by slug, or null when there is none. */
export async function getFramework(slug: string, db: Db | Tx = getDb()): Promise<Framework | null> {
  const row = await db.framework.findUnique({ where: { slug }, include: frameworkInclude });
  return row ? toFramework(row) : null;
}
