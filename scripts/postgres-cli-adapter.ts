// The pg driver adapter as Prisma's CLI (migrate deploy, db push) needs it; the app does not use
// this. Two workarounds for @prisma/adapter-pg 6.19:
// - The schema engine reads pg_catalog columns of the types `name` (oid 19) and `char` (18),
//   which the adapter refuses ("Unsupported column type", prisma/prisma issue 27403): they are
//   reported as text, which is what they hold.
// - With a `connectionString` the adapter's shadow database would be the real one (it overrides
//   only `database`): the URL is passed as separate fields.
// The pool's idle connections never hold the CLI process open (allowExitOnIdle).
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

const TEXT = 25;
const CATALOG_TEXT_TYPES = new Set([18, 19]);

type Result = { fields?: Array<{ dataTypeID: number }> } | undefined;
const remap = <R extends Result>(result: R): R => {
  for (const field of result?.fields ?? []) if (CATALOG_TEXT_TYPES.has(field.dataTypeID)) field.dataTypeID = TEXT;
  return result;
};

class CatalogClient extends pg.Client {
  // @ts-expect-error pg's overloads: every one ends in either a callback or a returned promise.
  override query(...args: unknown[]) {
    const last = args.at(-1);
    if (typeof last === "function") {
      args[args.length - 1] = (error: unknown, result: Result) => last(error, remap(result));
      return (super.query as (...a: unknown[]) => unknown)(...args);
    }
    const out = (super.query as (...a: unknown[]) => unknown)(...args);
    return out instanceof Promise ? out.then(remap) : out;
  }
}

/** PostgreSQL connection settings from a postgresql:// URL. */
export function connectionFields(url: string): pg.PoolConfig {
  const u = new URL(url);
  const d = decodeURIComponent;
  return {
    host: u.searchParams.get("host") ?? d(u.hostname),
    port: Number(u.port || 5432),
    user: d(u.username) || undefined,
    password: d(u.password) || undefined,
    database: d(u.pathname.slice(1)) || undefined,
  };
}

export const postgresCliAdapter = (url: string) =>
  new PrismaPg({ ...connectionFields(url), allowExitOnIdle: true, Client: CatalogClient as unknown as typeof pg.Client });
