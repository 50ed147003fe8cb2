import path from "node:path";

export const TMP_DIR = path.resolve(__dirname, "..", ".tmp");
/** Migrated, empty database that every integration worker copies. */
export const BASE_DB = path.join(TMP_DIR, "base.db");
export const workerDb = (id: string) => path.join(TMP_DIR, `worker-${id}.db`);
