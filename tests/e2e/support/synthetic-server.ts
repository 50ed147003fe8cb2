import { prepareDatabase } from "../../../scripts/synthetic-database";
import { serveDatabase } from "./serve-database";

/**
 * The built app serving a synthetic `frameworks` x `criteria` dataset from a database of its
 * own, beside the e2e server (on its port + `portOffset`, 500 unless a spec that may run at
 * the same time needs another), for the tests that need a large matrix.
 */
export async function startSyntheticServer(
  size: { frameworks: number; criteria: number },
  { portOffset = 500 }: { portOffset?: number } = {},
): Promise<{ url: string; stop: () => Promise<void> }> {
  const port = Number(process.env.E2E_PORT ?? 3100) + portOffset;
  const { env } = prepareDatabase(`tests/.tmp/e2e-synthetic-${port}.db`, size);
  return serveDatabase(env, port, "synthetic");
}
