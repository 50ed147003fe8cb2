import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { BASE_DB, TMP_DIR } from "./paths";

/** Builds one migrated, empty SQLite file by `prisma migrate deploy`; workers copy it. */
export default function setup() {
  fs.mkdirSync(TMP_DIR, { recursive: true });
  for (const suffix of ["", "-journal", "-wal", "-shm"]) fs.rmSync(BASE_DB + suffix, { force: true });
  execFileSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: `file:${BASE_DB}`, CHECKPOINT_DISABLE: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
}
