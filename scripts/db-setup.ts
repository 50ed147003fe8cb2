// Brings the database to the current schema and seeds it when it is new. Runs before
// `npm start`; never overwrites data that is already there.
import { execFileSync } from "node:child_process";
import path from "node:path";
import Database from "better-sqlite3";
import { databaseProvider, databaseUrl, redact } from "../lib/server/database-url";

const bin = (name: string) => path.join(process.cwd(), "node_modules", ".bin", name);
const env = { ...process.env, DATABASE_URL: databaseUrl(), CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" };

execFileSync(bin("prisma"), ["migrate", "deploy"], { stdio: ["ignore", "ignore", "inherit"], env });
if (databaseProvider(env.DATABASE_URL) === "sqlite") {
  // Write-ahead logging: readers never wait for a writer, nor a writer for readers (it stays set in the file).
  const sqlite = new Database(env.DATABASE_URL.slice("file:".length));
  sqlite.pragma("journal_mode = WAL");
  sqlite.close();
}
execFileSync(bin("tsx"), ["--tsconfig", "tsconfig.scripts.json", "prisma/seed.ts", "--if-empty"], { stdio: "inherit", env });
console.log(`Database ready: ${redact(env.DATABASE_URL)}`);
