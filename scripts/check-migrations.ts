// Fails when prisma/schema.prisma has a change without a migration: builds one database from
// the committed migrations (`migrate deploy`) and one from the schema (`db push`), and compares
// their tables, columns, indexes and foreign keys. Then the same for PostgreSQL, in a throwaway
// cluster: prisma/postgresql/schema.prisma must be the one generated from prisma/schema.prisma,
// and prisma/postgresql/migrations must build exactly it.
import { execFile, execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import pg from "pg";
import { PG_SCHEMA, postgresSchema, SQLITE_SCHEMA } from "./generate-postgres-schema";
import { startCluster } from "./postgres-cluster";

const prisma = path.resolve("node_modules/.bin/prisma");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gulf-migrations-"));

function build(name: string, args: string[]): string {
  const file = path.join(dir, `${name}.db`);
  execFileSync(prisma, args, {
    env: { ...process.env, DATABASE_URL: `file:${file}`, CHECKPOINT_DISABLE: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  return file;
}

function shape(file: string) {
  const db = new Database(file, { readonly: true });
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_%' ESCAPE '\\' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as Array<{ name: string }>;
  const result = Object.fromEntries(
    tables.map(({ name }) => [
      name,
      {
        // Column order differs when a migration appends a column the schema lists earlier: compare by name.
        columns: (db.prepare(`PRAGMA table_info("${name}")`).all() as Array<{ cid: number; name: string }>)
          .map(({ cid: _cid, ...column }) => column)
          .sort((a, b) => a.name.localeCompare(b.name)),
        indexes: (db.prepare(`PRAGMA index_list("${name}")`).all() as Array<{ name: string; unique: number }>)
          .map((i) => ({ unique: i.unique, columns: (db.prepare(`PRAGMA index_info("${i.name}")`).all() as Array<{ name: string }>).map((c) => c.name) }))
          .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
        foreignKeys: db.prepare(`PRAGMA foreign_key_list("${name}")`).all(),
      },
    ]),
  );
  db.close();
  return result;
}

/** The tables that differ between two shapes (none: the same). */
function differing(a: Record<string, unknown>, b: Record<string, unknown>): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((t) => JSON.stringify(a[t]) !== JSON.stringify(b[t]));
}

/** Tables, columns, indexes and constraints of a PostgreSQL database's public schema. */
async function postgresShape(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const rows = async (sql: string) => (await client.query(sql)).rows as Array<Record<string, string>>;
    const tables = await rows("SELECT table_name AS t FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'");
    const columns = await rows(
      "SELECT table_name AS t, column_name AS c, data_type AS type, is_nullable AS n, column_default AS d FROM information_schema.columns WHERE table_schema = 'public' ORDER BY column_name",
    );
    const indexes = await rows("SELECT tablename AS t, indexdef AS def FROM pg_indexes WHERE schemaname = 'public' ORDER BY indexdef");
    const constraints = await rows(
      "SELECT conrelid::regclass::text AS t, conname AS name, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE connamespace = 'public'::regnamespace ORDER BY conname",
    );
    return Object.fromEntries(
      tables.map(({ t }) => [
        t,
        {
          columns: columns.filter((c) => c.t === t),
          indexes: indexes.filter((i) => i.t === t).map((i) => i.def),
          constraints: constraints.filter((c) => c.t === `"${t}"` || c.t === t),
        },
      ]),
    );
  } finally {
    await client.end();
  }
}

async function checkPostgres(): Promise<boolean> {
  if (fs.readFileSync(PG_SCHEMA, "utf8") !== postgresSchema(fs.readFileSync(SQLITE_SCHEMA, "utf8"))) {
    console.error(`${PG_SCHEMA} is out of date with ${SQLITE_SCHEMA}: run \`npm run db:pg-schema\` and commit the schema and migration it writes.`);
    return false;
  }
  const cluster = await startCluster();
  try {
    const admin = new pg.Client({ connectionString: cluster.url() });
    await admin.connect();
    await admin.query("CREATE DATABASE migrations");
    await admin.query("CREATE DATABASE schema");
    await admin.end();
    const run = (database: string, args: string[]) =>
      promisify(execFile)(prisma, args, { env: { ...process.env, DATABASE_URL: cluster.url(database), CHECKPOINT_DISABLE: "1" } });
    await Promise.all([run("migrations", ["migrate", "deploy"]), run("schema", ["db", "push", "--skip-generate"])]);
    const [fromMigrations, fromSchema] = await Promise.all([postgresShape(cluster.url("migrations")), postgresShape(cluster.url("schema"))]);
    const tables = differing(fromMigrations, fromSchema);
    if (tables.length) {
      console.error(`${PG_SCHEMA} differs from prisma/postgresql/migrations (tables ${tables.join(", ")}): run \`npm run db:pg-schema\`.`);
      return false;
    }
    console.log(`PostgreSQL migrations match the generated PostgreSQL schema (${Object.keys(fromSchema).length} tables).`);
    return true;
  } finally {
    cluster.stop();
  }
}

const fromMigrations = shape(build("migrations", ["migrate", "deploy"]));
const fromSchema = shape(build("schema", ["db", "push", "--skip-generate"]));
fs.rmSync(dir, { recursive: true, force: true });

const tables = differing(fromMigrations, fromSchema);
if (tables.length) {
  console.error("prisma/schema.prisma differs from the committed migrations. Author a migration with:");
  console.error("  npx prisma migrate diff --from-schema-datamodel <previous schema> --to-schema-datamodel prisma/schema.prisma --script");
  for (const table of tables) console.error(`  table "${table}" differs`);
  process.exit(1);
}
console.log(`Migrations match the schema (${Object.keys(fromSchema).length} tables).`);
checkPostgres().then(
  (ok) => process.exit(ok ? 0 : 1),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
