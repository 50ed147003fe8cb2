import { spawn } from "node:child_process";
import path from "node:path";
import { prepareDatabase } from "../../../scripts/synthetic-database";

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
  const server = spawn(path.resolve("node_modules/.bin/tsx"), ["--tsconfig", "tsconfig.scripts.json", "scripts/serve.ts"], {
    env: { ...env, PORT: String(port) },
    stdio: "ignore",
  });
  const exited = new Promise((resolve) => server.once("exit", resolve));
  const url = `http://localhost:${port}`;
  const stop = async () => {
    server.kill();
    await exited;
  };
  for (let tries = 0; tries < 300; tries++) {
    try {
      if ((await fetch(`${url}/api/sources`)).ok) return { url, stop };
    } catch {
      /* not up yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await stop();
  throw new Error(`the synthetic server on port ${port} did not start`);
}
