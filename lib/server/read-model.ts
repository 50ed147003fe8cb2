import "server-only";
import { readDataVersion } from "./data-version";
import { getDb, type Db } from "./db";

type Entry = { version: number; value: unknown };
// Per database client, so tests that point at another database file never see this one's reads.
const cache = globalThis as unknown as { gulfReadModel?: WeakMap<Db, Map<string, Entry>> };

/**
 * A read served from memory while the data version is the one it was built at, and rebuilt
 * once it moves (every write transaction bumps it, in any app process). A write landing between
 * reading the version and loading only makes the kept value newer than its label, so the next
 * read rebuilds it: a reader never gets data older than the version it was told.
 */
export async function readThroughModel<T>(key: string, load: (db: Db) => Promise<T>, db: Db = getDb()): Promise<{ value: T; version: number }> {
  cache.gulfReadModel ??= new WeakMap();
  const entries = cache.gulfReadModel.get(db) ?? new Map<string, Entry>();
  cache.gulfReadModel.set(db, entries);
  const version = await readDataVersion(db);
  const hit = entries.get(key);
  if (hit && hit.version === version) return { value: hit.value as T, version };
  const value = await load(db);
  entries.set(key, { version, value });
  return { value, version };
}

/** The value of a read from the read model (pages use it; the API also needs the version, for its ETag). */
export async function fromReadModel<T>(key: string, load: (db: Db) => Promise<T>): Promise<T> {
  return (await readThroughModel(key, load)).value;
}
