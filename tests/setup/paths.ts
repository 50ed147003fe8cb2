import path from "node:path";

export const TMP_DIR = path.resolve(__dirname, "..", ".tmp");
/** Migrated, empty database that every integration worker copies. */
export const BASE_DB = path.join(TMP_DIR, "base.db");
export const workerDb = (id: string) => path.join(TMP_DIR, `worker-${id}.db`);
/** On PostgreSQL: the migrated, empty template database that every test file's database copies. */
export const PG_BASE_DATABASE = "gulf_base";
/** Whether the integration tests run on PostgreSQL (`npm run test:integration:pg`). */
export const onPostgres = () => Boolean(process.env.PG_CLUSTER_URL);
