import type { Framework } from "../../domain/framework";
import { getDb, type Db, type Tx } from "../db";
import type { FrameworkRecord } from "../../domain/api";
import { frameworkInclude, toFramework, toFrameworkRecord } from "./framework-query";

/** One framework by slug, or null when there is none. */
export async function getFramework(slug: string, db: Db | Tx = getDb()): Promise<Framework | null> {
  const row = await db.framework.findUnique({ where: { slug }, include: frameworkInclude });
  return row ? toFramework(row) : null;
}

/** One framework with its versions (the read API), or null. */
export async function getFrameworkRecord(slug: string, db: Db | Tx = getDb()): Promise<FrameworkRecord | null> {
  const row = await db.framework.findUnique({ where: { slug }, include: frameworkInclude });
  return row ? toFrameworkRecord(row) : null;
}
