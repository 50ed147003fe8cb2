import { spawn } from "node:child_process";
import path from "node:path";

/** Serves the built app (scripts/serve.ts) on `port` with the given environment (its DATABASE_URL); resolves once it answers. */
export async function serveDatabase(env: NodeJS.ProcessEnv, port: number, what: string): Promise<{ url: string; stop: () => Promise<void> }> {
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
