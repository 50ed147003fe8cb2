import type { SourceOutput } from "../../domain/source";
import { splitLines } from "../../citations/verify-citation";
import { getDb, type Db } from "../db";
import { readSourceText } from "./read-source-text";

export async function listSources(db: Db = getDb()): Promise<SourceOutput[]> {
  const rows = await db.source.findMany({ orderBy: { id: "asc" } });
  return Promise.all(rows.map(async ({ id: _id, ...s }) => ({ ...s, lineCount: splitLines(await readSourceText(s.file)).length })));
}
