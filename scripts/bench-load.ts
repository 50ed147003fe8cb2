// npm run bench:load: serves the built app (our own server, as `npm start` does) on a scratch
// copy of the seeded database and measures, with autocannon on loopback, a static asset and the
// app's busiest routes under 200 connections for a few seconds each. Prints requests/s, p50/p99
// latency, errors and each route's ratio to the static asset served by the same server in the
// same run (on two cores the load generator competes with the server, so ratios are what
// compare across runs and machines, not absolute figures). Needs `npm run build` first.
//   BENCH_SECONDS=10 BENCH_CONNECTIONS=200 npm run bench:load
//   npm run bench:load -- --db=postgres   the same on a throwaway PostgreSQL cluster
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { type Cluster, startCluster } from "./postgres-cluster";

const PORT = Number(process.env.BENCH_PORT ?? 3220);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 200);
const POSTGRES = process.argv.includes("--db=postgres");
const db = path.resolve("tests/.tmp/bench-load.db");
const env = { ...process.env, DATABASE_URL: `file:${db}`, NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1", COOKIE_SECURE: "false", PORT: String(PORT) };

/** A scratch database: a fresh SQLite file, or a database in a throwaway PostgreSQL cluster (durable settings, as in production). */
async function scratchDatabase(): Promise<Cluster | null> {
  if (!POSTGRES) {
    fs.mkdirSync(path.dirname(db), { recursive: true });
    fs.rmSync(db, { force: true });
    return null;
  }
  const cluster = await startCluster({ durable: true });
  const admin = new pg.Client({ connectionString: cluster.url() });
  await admin.connect();
  await admin.query("CREATE DATABASE bench");
  await admin.end();
  env.DATABASE_URL = cluster.url("bench");
  return cluster;
}
const bin = (name: string) => path.resolve("node_modules/.bin", name);
const base = `http://127.0.0.1:${PORT}`;

/**
 * The reference: the smallest built chunk of at least 1 KiB (a small static file, as a file
 * server's figure is usually quoted; a 170 KB chunk compressed per request would flatter every ratio).
 */
function staticAsset(): string {
  const dir = path.join(".next", "static", "chunks");
  const sized = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".js"))
    .map((f) => ({ f, size: fs.statSync(path.join(dir, f)).size }))
    .filter((c) => c.size >= 1024)
    .sort((a, b) => a.size - b.size);
  if (!sized.length) throw new Error("no built chunk in .next/static/chunks: run `npm run build` first");
  return `/_next/static/chunks/${sized[0]!.f}`;
}

async function waitForServer() {
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`${base}/api/sources`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("the server did not start");
}

type Row = { route: string; rps: number; p50: number; p99: number; errors: number; non2xx: number };

async function measure(route: string): Promise<Row> {
  const result = await autocannon({ url: `${base}${route}`, connections: CONNECTIONS, duration: SECONDS, headers: { "accept-encoding": "gzip, br" } });
  return {
    route,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

async function main() {
  const cluster = await scratchDatabase();
  process.on("exit", () => cluster?.stop());
  execFileSync(bin("tsx"), ["--tsconfig", "tsconfig.scripts.json", "scripts/db-setup.ts"], { env, stdio: "ignore" });
  const server = spawn(bin("tsx"), ["--tsconfig", "tsconfig.scripts.json", "scripts/serve.ts"], { env, stdio: "ignore" });
  try {
    await waitForServer();
    const routes = [staticAsset(), "/api/frameworks", "/", "/compare", "/api/export?format=xlsx"];
    // One short warm-up per route, so the first measurement does not pay for compilation.
    for (const route of routes) await fetch(`${base}${route}`).then((r) => r.arrayBuffer());
    const rows: Row[] = [];
    for (const route of routes) rows.push(await measure(route));
    const reference = rows[0]!.rps;
    console.log(`bench:load (${POSTGRES ? "PostgreSQL" : "SQLite"}): ${CONNECTIONS} connections, ${SECONDS} s per route, loopback`);
    console.log(
      "route".padEnd(44),
      "req/s".padStart(8),
      "p50 ms".padStart(8),
      "p99 ms".padStart(8),
      "errors".padStart(7),
      "non-2xx".padStart(8),
      "x static".padStart(9),
    );
    for (const r of rows)
      console.log(
        (r.route === rows[0]!.route ? "static asset" : r.route).padEnd(44),
        r.rps.toFixed(0).padStart(8),
        String(r.p50).padStart(8),
        String(r.p99).padStart(8),
        String(r.errors).padStart(7),
        String(r.non2xx).padStart(8),
        (r.rps / reference).toFixed(2).padStart(9),
      );
  } finally {
    server.kill("SIGTERM");
    await new Promise((resolve) => server.once("exit", resolve));
    cluster?.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
