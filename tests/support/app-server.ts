import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { freePort } from "../../scripts/postgres-cluster";

// The built app served as `npm start` serves it (scripts/serve.ts), for tests that need real
// processes: several against one database, or one killed mid-write. Needs `npm run build`.

const bin = (name: string) => path.resolve("node_modules/.bin", name);
const quiet = { NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" };

/**
 * A new database, migrated and seeded by `npm run db:setup`'s script: a SQLite file in tests/.tmp,
 * or a database in the PostgreSQL cluster PG_CLUSTER_URL names when set.
 */
export async function newDatabase(name: string): Promise<string> {
  let url: string;
  const cluster = process.env.PG_CLUSTER_URL;
  if (cluster) {
    const admin = new pg.Client({ connectionString: cluster });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    url = new URL(name, cluster).href;
  } else {
    const file = path.resolve("tests/.tmp", `${name}.db`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    for (const suffix of ["", "-journal", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
    url = `file:${file}`;
  }
  execFileSync(bin("tsx"), ["--tsconfig", "tsconfig.scripts.json", "scripts/db-setup.ts"], {
    env: { ...process.env, ...quiet, DATABASE_URL: url },
    stdio: "ignore",
  });
  return url;
}

export type AppServer = {
  base: string;
  process: ChildProcess;
  /** Resolves when the process has exited. */
  exited: Promise<void>;
  stop(): Promise<void>;
};

/** Starts the built app on a free port against a database and waits until it answers. */
export async function startServer(databaseUrl: string): Promise<AppServer> {
  if (!fs.existsSync(".next/BUILD_ID")) throw new Error("no build: run `npm run build` first");
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  // Node itself with tsx's loader (not the tsx command, which runs the script in a child of its
  // own), so that a kill reaches the server process.
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts"], {
    env: {
      ...process.env,
      ...quiet,
      TSX_TSCONFIG_PATH: "tsconfig.scripts.json",
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: "127.0.0.1",
      COOKIE_SECURE: "false",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    await exited;
  };
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/api/sources`)).ok) return { base, process: child, exited, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  await stop();
  throw new Error("the server did not start within 30 s");
}

/** What this site's own pages send with a JSON change. */
export const jsonFrom = (base: string) => ({ origin: base, "content-type": "application/json" });

/** Signs in over HTTP: the session cookie and the CSRF token a write must send. */
export async function signIn(base: string, email: string, password: string) {
  const response = await fetch(`${base}/api/session`, { method: "POST", headers: jsonFrom(base), body: JSON.stringify({ email, password }) });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers.get("set-cookie")!.split(";")[0]!;
  return { cookie, csrf: ((await response.json()) as { csrf: string }).csrf };
}
