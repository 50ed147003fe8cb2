// npm run db:pg-schema: derives prisma/postgresql/schema.prisma from prisma/schema.prisma (the
// one schema we edit) and, when the derived schema changed, writes the PostgreSQL migration
// that takes the previous one to it, named after the newest SQLite migration so both histories
// line up. The models are copied as they are: only the datasource provider and URL, the
// client's output folder and the native type of Json fields differ.
//   npm run db:pg-schema              regenerate the schema and add the PostgreSQL migration
//   npm run db:pg-schema -- --check   exit 1 when the committed schema is not the generated one
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export const SQLITE_SCHEMA = path.join("prisma", "schema.prisma");
export const SQLITE_MIGRATIONS = path.join("prisma", "migrations");
export const PG_SCHEMA = path.join("prisma", "postgresql", "schema.prisma");
export const PG_MIGRATIONS = path.join("prisma", "postgresql", "migrations");

const HEADER = [
  "// GENERATED from prisma/schema.prisma by `npm run db:pg-schema`: do not edit. Edit that file,",
  "// add its SQLite migration, then run the script, which also writes the PostgreSQL migration.",
  "",
].join("\n");

function replaceOnce(text: string, from: string | RegExp, to: string): string {
  const matches = text.match(new RegExp(from, "g"));
  if (matches?.length !== 1) throw new Error(`prisma/schema.prisma: expected exactly one ${from} (found ${matches?.length ?? 0})`);
  return text.replace(from, to);
}

/** The PostgreSQL schema for a SQLite schema's text. */
export function postgresSchema(sqlite: string): string {
  let text = sqlite.replace(/^(\/\/.*\n)+\n?/, "");
  text = replaceOnce(text, /provider\s*=\s*"sqlite"/, 'provider = "postgresql"');
  // A literal URL keeps the CLI offline (the driver adapter supplies the real one).
  text = replaceOnce(text, /url\s*=\s*"file:[^"]*"/, 'url      = "postgresql://localhost:5432/gulf"');
  text = replaceOnce(text, /output\s*=\s*"\.\.\/lib\/server\/generated\/prisma"/, 'output     = "../../lib/server/generated/prisma-pg"');
  // `json`, not Prisma's default `jsonb`: it keeps a document as written, key order included, as
  // SQLite's text does (jsonb sorts keys, so a scale label read back as {label, value} would
  // differ from the {value, label} an import compares it with).
  text = text.replace(/^(\s*\w+\s+Json\??)([^\n]*)$/gm, (_, field: string, rest: string) => `${field}${rest.trimEnd()} @db.Json`);
  return HEADER + text;
}

const migrationNames = (dir: string) =>
  fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((d) => fs.statSync(path.join(dir, d)).isDirectory())
        .sort()
    : [];

/** The SQL that takes the PostgreSQL schema `before` (null: nothing) to `after`; "" when none. */
function diffSql(before: string | null, after: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gulf-pg-schema-"));
  try {
    const to = path.join(dir, "after.prisma");
    fs.writeFileSync(to, after);
    const from = before === null ? ["--from-empty"] : ["--from-schema-datamodel", path.join(dir, "before.prisma")];
    if (before !== null) fs.writeFileSync(path.join(dir, "before.prisma"), before);
    const sql = execFileSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "diff", ...from, "--to-schema-datamodel", to, "--script"], {
      env: { ...process.env, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" },
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
    });
    return /^-- This is an empty migration\.\s*$/.test(sql) ? "" : sql;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function main() {
  const generated = postgresSchema(fs.readFileSync(SQLITE_SCHEMA, "utf8"));
  const committed = fs.existsSync(PG_SCHEMA) ? fs.readFileSync(PG_SCHEMA, "utf8") : null;
  if (process.argv.includes("--check")) {
    if (committed === generated) return console.log(`${PG_SCHEMA} is up to date.`);
    console.error(`${PG_SCHEMA} is out of date with ${SQLITE_SCHEMA}: run \`npm run db:pg-schema\` and commit its schema and migration.`);
    process.exit(1);
  }
  const sql = diffSql(committed, generated);
  fs.mkdirSync(path.dirname(PG_SCHEMA), { recursive: true });
  fs.writeFileSync(PG_SCHEMA, generated);
  if (!sql) return console.log(`${PG_SCHEMA} written; its tables are unchanged, so no PostgreSQL migration.`);
  const name = migrationNames(SQLITE_MIGRATIONS).at(-1);
  if (!name) throw new Error(`no SQLite migration in ${SQLITE_MIGRATIONS}`);
  if (migrationNames(PG_MIGRATIONS).includes(name))
    throw new Error(`${PG_MIGRATIONS}/${name} exists already: add the SQLite migration for this change first (its name names the PostgreSQL one)`);
  fs.mkdirSync(path.join(PG_MIGRATIONS, name), { recursive: true });
  fs.writeFileSync(path.join(PG_MIGRATIONS, name, "migration.sql"), sql);
  const lock = path.join(PG_MIGRATIONS, "migration_lock.toml");
  if (!fs.existsSync(lock))
    fs.writeFileSync(
      lock,
      '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n',
    );
  console.log(`${PG_SCHEMA} written; PostgreSQL migration ${PG_MIGRATIONS}/${name}/migration.sql added. Review and commit both.`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) main();
