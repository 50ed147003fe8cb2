import "server-only";
import { readDataVersion } from "./data-version";
import { getDb, type Db } from "./db";

type Generation = { version: number; entries: Map<string, unknown> };
// Per database client, so tests that point at another database file never see this one's reads.
const cache = globalThis as unknown as { gulfReadModel?: WeakMap<Db, Generation> };

/**
 * A read served from memory while the data version is the one it was built at, and rebuilt
 * once it moves (every write transaction bumps it, in any app process). All the reads of one
 * version form a generation that the next version replaces whole, so memory holds one version's
 * reads at most. A write landing between reading the version and loading only makes the kept
 * value newer than its label, so the next read rebuilds it: a reader never gets data older than
 * the version it was told. `knownVersion` lets a caller that has just read the version (a page
 * render) skip reading it again; a value that `keep` refuses (a miss for a name the caller
 * made up) is returned but not kept, so memory holds only what exists.
 */
export async function readThroughModel<T>(
  key: string,
  load: (db: Db) => Promise<T>,
  { db = getDb(), knownVersion, keep = () => true }: { db?: Db; knownVersion?: number; keep?: (value: T) => boolean } = {},
): Promise<{ value: T; version: number }> {
  cache.gulfReadModel ??= new WeakMap();
  const version = knownVersion ?? (await readDataVersion(db));
  let generation = cache.gulfReadModel.get(db);
  if (!generation || generation.version < version) {
    generation = { version, entries: new Map() };
    cache.gulfReadModel.set(db, generation);
  }
  if (generation.version === version && generation.entries.has(key)) return { value: generation.entries.get(key) as T, version };
  const value = await load(db);
  // A reader that saw an older version than the generation's (a slow request) is not kept.
  if (generation.version === version && keep(value)) generation.entries.set(key, value);
  return { value, version };
}
