import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "./generated/prisma-pg/client";
import { databaseProvider, databaseUrl } from "./database-url";
import { SerializedPrismaPg } from "./postgres-adapter";

export type Db = PrismaClient;
/** The client inside an interactive transaction. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

const urls = new WeakMap<Db, string>();

/**
 * Writes take turns (SQLite has one writer; on PostgreSQL an advisory lock makes it so), so a
 * burst of them queues: give a transaction 10 s to start rather than Prisma's 2, and 20 s to run.
 */
const transactionOptions = { maxWait: 10_000, timeout: 20_000 };

/** A client for the database DATABASE_URL names: SQLite (file:) or PostgreSQL (postgresql:). */
export function createDb(url: string = databaseUrl()): Db {
  let db: Db;
  if (databaseProvider(url) === "postgresql") {
    const client = new PostgresPrismaClient({ adapter: new SerializedPrismaPg({ connectionString: url }), transactionOptions });
    // The PostgreSQL client is generated from a copy of the SQLite schema's models
    // (scripts/generate-postgres-schema.ts; migrations:check fails when the copy is stale), so
    // both have the same models, fields and query API. TypeScript still sees two unrelated
    // classes (each client declares its own types, and PostgreSQL's adds provider-only options
    // such as case-insensitive filters, which this code does not use), so the rest of the code
    // is typed against one of them.
    db = client as unknown as Db;
  } else {
    db = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }), transactionOptions });
  }
  urls.set(db, url);
  return db;
}

/** The URL a client was made for (undefined for a transaction's client). */
export const databaseUrlOf = (db: unknown): string | undefined => urls.get(db as Db);

const cache = globalThis as unknown as { gulfDb?: Db };

/** The process-wide client, created on first use so DATABASE_URL can be set before. */
export function getDb(): Db {
  cache.gulfDb ??= createDb();
  return cache.gulfDb;
}
