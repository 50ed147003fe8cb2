import fs from "node:fs";
import { BASE_DB, workerDb } from "./paths";

// A fresh SQLite file for each test file, copied from the migrated base before any module
// creates its client (the data layer reads DATABASE_URL on first use). A client cached by an
// earlier file in the same worker is closed first.
const cached = globalThis as unknown as { gulfDb?: { $disconnect(): Promise<void> } };
if (cached.gulfDb) {
  await cached.gulfDb.$disconnect();
  delete cached.gulfDb;
}
const file = workerDb(process.env.VITEST_POOL_ID ?? "0");
for (const suffix of ["-journal", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
fs.copyFileSync(BASE_DB, file);
process.env.DATABASE_URL = `file:${file}`;
