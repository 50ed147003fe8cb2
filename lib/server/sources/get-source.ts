import type { Source } from "../../domain/source";
import { splitLines } from "../../citations/verify-citation";
import { getDb, type Db } from "../db";
import { readSourceText } from "./read-source-text";

export type SourceWithText = Source & { lines: string[] };

/** A source with its text split into citation-numbered lines, or null for an unknown slug. */
export async function getSource(slug: string, db: Db = getDb()): Promise<SourceWithText | null> {
  const row = await db.source.findUnique({ where: { slug } });
  if (!row) return null;
  const { id: _id, ...source } = row;
  return { ...source, lines: splitLines(await readSourceText(row.file)) };
}
