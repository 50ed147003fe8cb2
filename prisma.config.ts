import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { databaseProvider, databaseUrl } from "./lib/server/database-url";
import { postgresCliAdapter } from "./scripts/postgres-cli-adapter";

// Adapter mode: the CLI uses the wasm schema engine and needs no engine download (STACK.md).
// DATABASE_URL picks the schema: SQLite's (the source) or the PostgreSQL one generated from it
// (`npm run db:pg-schema`), each with its own migrations folder.
const postgres = databaseProvider(databaseUrl()) === "postgresql";
const dir = postgres ? path.join("prisma", "postgresql") : "prisma";
unrefLongTimers();

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join(dir, "schema.prisma"),
  migrations: { path: path.join(dir, "migrations") },
  async adapter() {
    return postgres ? postgresCliAdapter(databaseUrl()) : new PrismaBetterSQLite3({ url: databaseUrl() });
  },
});

/**
 * The wasm schema engine arms timers it never clears (60 s in `db push` on SQLite, 10 s in
 * `migrate deploy` on PostgreSQL), so the CLI lingers that long after its work is done. A
 * timeout races some pending I/O, which keeps the process alive by itself: letting such timers
 * not hold the process open is safe.
 */
function unrefLongTimers() {
  const setTimer = globalThis.setTimeout;
  globalThis.setTimeout = ((fn: () => void, ms?: number, ...args: unknown[]) => {
    const timer = setTimer(fn, ms, ...args);
    if ((ms ?? 0) >= 10_000) (timer as unknown as NodeJS.Timeout).unref();
    return timer;
  }) as typeof setTimeout;
}
