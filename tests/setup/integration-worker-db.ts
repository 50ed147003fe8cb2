import fs from "node:fs";
import pg from "pg";
import { BASE_DB, onPostgres, PG_BASE_DATABASE, pgCluster, workerDb } from "./paths";

// A fresh database for each test file, copied from the migrated base before any module creates
// its client (the data layer reads DATABASE_URL on first use): a SQLite file, or on PostgreSQL a
// database created from the template (a file copy on the server, tens of milliseconds). A
// client cached by an earlier file in the same worker is closed first.
const cached = globalThis as unknown as { gulfDb?: { $disconnect(): Promise<void> } };
if (cached.gulfDb) {
  await cached.gulfDb.$disconnect();
  delete cached.gulfDb;
}
const pool = process.env.VITEST_POOL_ID ?? "0";
if (onPostgres()) {
  const cluster = pgCluster();
  const name = `gulf_w${pool}_${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const admin = new pg.Client({ connectionString: cluster });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${PG_BASE_DATABASE}`);
  await admin.end();
  process.env.DATABASE_URL = new URL(name, cluster).href;
} else {
  const file = workerDb(pool);
  for (const suffix of ["-journal", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
  fs.copyFileSync(BASE_DB, file);
  process.env.DATABASE_URL = `file:${file}`;
}
