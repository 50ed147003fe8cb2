import Database from "better-sqlite3";
import { Pool } from "pg";
import { databaseProvider } from "./database-url";
import { databaseUrlOf, type Db, type Tx } from "./db";

/**
 * Marks the data as changed: every write transaction calls it, so the version moves exactly
 * when the data a reader may have cached does (upsert: a database made before this row existed
 * gets it on the first write).
 */
export async function bumpDataVersion(tx: Tx | Db): Promise<void> {
  await tx.dataVersion.upsert({ where: { id: 1 }, create: { id: 1, version: 1 }, update: { version: { increment: 1 } } });
}

/**
 * The current data version: one primary-key read. Every read of the app asks it first, so outside
 * a transaction it skips the ORM (about 3 ms a query here under load) for a prepared statement
 * on a read-only connection of its own (SQLite: about 40 µs), or a small pool of its own
 * (PostgreSQL), which sees every committed write.
 */
export async function readDataVersion(db: Tx | Db): Promise<number> {
  const direct = directReader(databaseUrlOf(db));
  if (direct) return direct();
  return (await db.dataVersion.findUnique({ where: { id: 1 }, select: { version: true } }))?.version ?? 0;
}

type Reader = () => number | Promise<number>;
const readers = new Map<string, Reader>();

function directReader(url: string | undefined): Reader | null {
  if (!url) return null;
  let reader = readers.get(url);
  if (reader) return reader;
  const provider = databaseProvider(url);
  if (provider === "sqlite") {
    const statement = new Database(url.slice("file:".length), { readonly: true, fileMustExist: true })
      .prepare("SELECT version FROM DataVersion WHERE id = 1")
      .pluck();
    reader = () => (statement.get() as number | undefined) ?? 0;
  } else {
    const pool = new Pool({ connectionString: url, max: 2, idleTimeoutMillis: 10_000, allowExitOnIdle: true });
    const query = { name: "data-version", text: 'SELECT version FROM "DataVersion" WHERE id = 1' };
    reader = async () => (await pool.query<{ version: number }>(query)).rows[0]?.version ?? 0;
  }
  readers.set(url, reader);
  return reader;
}
