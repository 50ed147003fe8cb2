import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { BASE_DB, PG_BASE_DATABASE, pgCluster, TMP_DIR } from "./paths";

const migrate = (url: string) =>
  execFileSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: url, CHECKPOINT_DISABLE: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });

/**
 * Builds one migrated, empty database by `prisma migrate deploy` that every test file copies:
 * a SQLite file, or for the integration-pg project a template database in the PostgreSQL
 * cluster PG_CLUSTER_URL names (`npm run test:integration:pg`).
 */
export default async function setup(project: TestProject) {
  if (project.config.env?.TEST_DATABASE === "postgres") {
    const cluster = pgCluster();
    const admin = new pg.Client({ connectionString: cluster });
    await admin.connect();
    try {
      await admin.query(`DROP DATABASE IF EXISTS ${PG_BASE_DATABASE}`);
      await admin.query(`CREATE DATABASE ${PG_BASE_DATABASE}`);
      migrate(new URL(PG_BASE_DATABASE, cluster).href);
      // A template must have no connections while it is copied: allow none.
      await admin.query(`ALTER DATABASE ${PG_BASE_DATABASE} WITH IS_TEMPLATE true ALLOW_CONNECTIONS false`);
    } finally {
      await admin.end();
    }
    return;
  }
  fs.mkdirSync(TMP_DIR, { recursive: true });
  for (const suffix of ["", "-journal", "-wal", "-shm"]) fs.rmSync(BASE_DB + suffix, { force: true });
  migrate(`file:${BASE_DB}`);
}
