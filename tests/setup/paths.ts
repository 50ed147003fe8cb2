import path from "node:path";

export const TMP_DIR = path.resolve(__dirname, "..", ".tmp");
/** Migrated, empty database that every integration worker copies. */
export const BASE_DB = path.join(TMP_DIR, "base.db");
export const workerDb = (id: string) => path.join(TMP_DIR, `worker-${id}.db`);
/** On PostgreSQL: the migrated, empty template database that every test file's database copies. */
export const PG_BASE_DATABASE = "gulf_base";
/** Whether the integration tests run on PostgreSQL (the integration-pg project, in the cluster PG_CLUSTER_URL names). */
export const onPostgres = () => process.env.TEST_DATABASE === "postgres";

/** The cluster of the integration-pg project, or a clear failure when none was started. */
export function pgCluster(): string {
  const cluster = process.env.PG_CLUSTER_URL;
  if (!cluster) throw new Error("the integration-pg project needs a PostgreSQL cluster: run `npm run test:integration:pg` (it starts one)");
  return cluster;
}
