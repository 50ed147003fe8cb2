import { spawn } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";

/** Refuses a port something already listens on: the tests would otherwise check whatever answers there. */
async function ensureFree(port: number, what: string) {
  const probe = createServer();
  await new Promise<void>((resolve, reject) => {
    probe.once("error", () => reject(new Error(`port ${port} for the ${what} server is taken: stop what listens there, or set E2E_PORT`)));
    probe.listen(port, () => probe.close(() => resolve()));
  });
}

/** Serves the built app (scripts/serve.ts) on `port` with the given environment (its DATABASE_URL); resolves once it answers. */
export async function serveDatabase(env: NodeJS.ProcessEnv, port: number, what: string): Promise<{ url: string; stop: () => Promise<void> }> {
  await ensureFree(port, what);
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
  throw new Error(`the ${what} server on port ${port} did not start`);
}
