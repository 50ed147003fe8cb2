import fs from "node:fs";
import path from "node:path";

/** The embedded default; point DATABASE_URL at another file (file:/path/to.db) to use it instead. */
const DEFAULT_DATABASE_URL = "file:./prisma/data/app.db";

type DatabaseProvider = "sqlite" | "postgresql";

/** Which database a URL names: a SQLite file (file:) or a PostgreSQL server (postgresql: or postgres:). */
export function databaseProvider(url: string): DatabaseProvider {
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgresql";
  throw new Error(
    `DATABASE_URL must be a SQLite file URL such as "file:./prisma/data/app.db" or a PostgreSQL URL such as "postgresql://user:password@host:5432/gulf" (got "${redact(url)}")`,
  );
}

/** A URL with its password hidden, for messages. */
export const redact = (url: string) => url.replace(/(\/\/[^:/@]*:)[^@/]*@/, "$1***@");

/**
 * The database URL: a SQLite file's relative path resolved against the project root, with the
 * folder created so a fresh clone needs no manual step; a PostgreSQL URL as given.
 */
export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const url = env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
  if (databaseProvider(url) === "postgresql") return url;
  const file = path.resolve(/* turbopackIgnore: true */ process.cwd(), url.slice("file:".length));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  return `file:${file}`;
}
