import { LRUCache } from "lru-cache";

export type Sheet = { body: Uint8Array; contentType: string; filename: string };

/** Room for many views' sheets, yet bounded whatever views callers ask for. */
const MAX_BYTES = 64 * 1024 * 1024;
const MAX_SHEETS = 500;

type Store = { sheets: LRUCache<string, Sheet>; making: Map<string, Promise<Sheet>> };
const state = globalThis as unknown as { gulfSheetCache?: Store };

function store(): Store {
  state.gulfSheetCache ??= {
    sheets: new LRUCache<string, Sheet>({ max: MAX_SHEETS, maxSize: MAX_BYTES, sizeCalculation: (s) => Math.max(1, s.body.byteLength) }),
    making: new Map(),
  };
  return state.gulfSheetCache;
}

/**
 * A comparison sheet made once per key (the data version, the day and the view) and then served
 * from memory; requests for a sheet being made wait for that one. `make` runs only on a miss,
 * after `mayMake` agrees (the rate limit of misses); its refusal is returned as is.
 */
export async function cachedSheet(
  key: string,
  make: () => Promise<Sheet>,
  mayMake: () => Promise<Response | null>,
): Promise<{ sheet: Sheet } | { refused: Response }> {
  const { sheets, making } = store();
  const kept = sheets.get(key);
  if (kept) return { sheet: kept };
  const pending = making.get(key);
  if (pending !== undefined) return { sheet: await pending };
  const refused = await mayMake();
  if (refused) return { refused };
  // Another request may have started the same sheet while this one was being let through.
  const started = making.get(key);
  if (started !== undefined) return { sheet: await started };
  const made = make();
  making.set(key, made);
  try {
    const sheet = await made;
    sheets.set(key, sheet);
    return { sheet };
  } finally {
    making.delete(key);
  }
}
