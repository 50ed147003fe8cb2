import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/prisma/client";
import { databaseUrl } from "./database-url";

export type Db = PrismaClient;
/** The client inside an interactive transaction. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

const urls = new WeakMap<Db, string>();

export function createDb(url: string = databaseUrl()): Db {
  const db = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }) });
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
