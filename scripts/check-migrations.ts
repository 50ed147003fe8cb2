// Fails when prisma/schema.prisma has a change without a migration: builds one database from
// the committed migrations (`migrate deploy`) and one from the schema (`db push`), and compares
// their tables, columns, indexes and foreign keys.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";

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

const fromMigrations = shape(build("migrations", ["migrate", "deploy"]));
const fromSchema = shape(build("schema", ["db", "push", "--skip-generate"]));
fs.rmSync(dir, { recursive: true, force: true });

const a = JSON.stringify(fromMigrations, null, 1);
const b = JSON.stringify(fromSchema, null, 1);
if (a !== b) {
  console.error("prisma/schema.prisma differs from the committed migrations. Author a migration with:");
  console.error("  npx prisma migrate diff --from-schema-datamodel <previous schema> --to-schema-datamodel prisma/schema.prisma --script");
  for (const table of new Set([...Object.keys(fromMigrations), ...Object.keys(fromSchema)]))
    if (JSON.stringify(fromMigrations[table]) !== JSON.stringify(fromSchema[table])) console.error(`  table "${table}" differs`);
  process.exit(1);
}
console.log(`Migrations match the schema (${Object.keys(fromSchema).length} tables).`);
