import type { Framework } from "../../domain/framework";
import { getDb, type Db } from "../db";
import { frameworkInclude, toFramework } from "./framework-query";

export async function listFrameworks(db: Db = getDb()): Promise<Framework[]> {
  const rows = await db.framework.findMany({ include: frameworkInclude, orderBy: { position: "asc" } });
  return rows.map(toFramework);
}
