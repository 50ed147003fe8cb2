import fs from "node:fs";
import path from "node:path";

/** The embedded default; point DATABASE_URL at another file (file:/path/to.db) to use it instead. */
export const DEFAULT_DATABASE_URL = "file:./prisma/data/app.db";

/**
 * The SQLite database URL, relative paths resolved against the project root, with the
 * folder created so a fresh clone needs no manual step.
 */
export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const url = env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
  if (!url.startsWith("file:")) {
    throw new Error(`DATABASE_URL must be a SQLite file URL such as "file:./prisma/data/app.db" (got "${url}")`);
  }
  const file = path.resolve(/* turbopackIgnore: true */ process.cwd(), url.slice("file:".length));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  return `file:${file}`;
}
