// A throwaway PostgreSQL cluster for tests and load runs: Debian's `postgresql` package
// (installed with apt-get when missing), a data folder in the temp directory, a free port on
// 127.0.0.1, trust authentication, run as the `postgres` user when we are root (PostgreSQL
// refuses to run as root). Stopped and deleted afterwards, also on failure or a signal.
//   tsx scripts/postgres-cluster.ts -- <command ...>   runs the command with PG_CLUSTER_URL set
//                                                      to the cluster's `postgres` database
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

export type Cluster = {
  port: number;
  /** The URL of one of the cluster's databases (`postgres`, which always exists, by default). */
  url(database?: string): string;
  /** Stops the server and deletes its data folder; safe to call twice. */
  stop(): void;
};

const root = process.getuid?.() === 0;

function binDir(): string {
  const find = () =>
    fs.existsSync("/usr/lib/postgresql")
      ? fs
          .readdirSync("/usr/lib/postgresql")
          .filter((v) => fs.existsSync(`/usr/lib/postgresql/${v}/bin/initdb`))
          .sort((a, b) => Number(b) - Number(a))[0]
      : undefined;
  let version = find();
  if (!version) {
    if (!root) throw new Error("PostgreSQL is not installed: run `sudo apt-get install -y postgresql` (Debian's package)");
    console.error("PostgreSQL is not installed: installing Debian's postgresql package...");
    const apt = (args: string[]) => execFileSync("apt-get", args, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
    try {
      apt(["install", "-y", "--no-install-recommends", "postgresql"]);
    } catch {
      apt(["update"]);
      apt(["install", "-y", "--no-install-recommends", "postgresql"]);
    }
    version = find();
    if (!version) throw new Error("apt-get installed postgresql, but no /usr/lib/postgresql/*/bin/initdb exists");
  }
  return `/usr/lib/postgresql/${version}/bin`;
}

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** Runs a PostgreSQL program, as the `postgres` user when we are root. */
function run(args: string[]) {
  if (root) execFileSync("su", ["postgres", "-s", "/bin/sh", "-c", args.map(quote).join(" ")], { stdio: ["ignore", "ignore", "pipe"] });
  else execFileSync(args[0]!, args.slice(1), { stdio: ["ignore", "ignore", "pipe"] });
}

/** A TCP port on 127.0.0.1 that nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts a cluster. `durable: false` (tests) turns off fsync and friends: a test database need not
 * survive a power cut; a load test keeps the defaults so its figures mean something.
 */
export async function startCluster(options: { durable?: boolean } = {}): Promise<Cluster> {
  const bin = binDir();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gulf-pg-"));
  const data = path.join(dir, "data");
  fs.mkdirSync(data);
  if (root) {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }));
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }));
    fs.chownSync(dir, uid, gid);
    fs.chownSync(data, uid, gid);
  }
  let stopped = false;
  let started = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      if (started) run([`${bin}/pg_ctl`, "-D", data, "-m", "immediate", "-w", "stop"]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  };
  try {
    run([`${bin}/initdb`, "-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]);
    const settings = ["-k /tmp", "-c listen_addresses=127.0.0.1", "-c max_connections=200"];
    if (!options.durable) settings.push("-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off");
    for (let attempt = 1; ; attempt++) {
      const port = await freePort();
      try {
        run([`${bin}/pg_ctl`, "-D", data, "-l", path.join(dir, "server.log"), "-o", `-p ${port} ${settings.join(" ")}`, "-w", "-t", "30", "start"]);
      } catch (error) {
        // Another process may have taken the port between the probe and the start.
        if (attempt < 3) continue;
        const log = fs.readFileSync(path.join(dir, "server.log"), "utf8");
        throw new Error(`PostgreSQL did not start: ${String(error)}\n${log}`);
      }
      started = true;
      return { port, url: (database = "postgres") => `postgresql://postgres@127.0.0.1:${port}/${database}`, stop };
    }
  } catch (error) {
    stop();
    throw error;
  }
}

async function main() {
  const at = process.argv.indexOf("--");
  const command = at === -1 ? [] : process.argv.slice(at + 1);
  if (!command.length) {
    console.error("usage: tsx scripts/postgres-cluster.ts -- <command ...>");
    process.exit(2);
  }
  const began = Date.now();
  const cluster = await startCluster();
  console.log(`PostgreSQL cluster on 127.0.0.1:${cluster.port} (started in ${((Date.now() - began) / 1000).toFixed(1)} s)`);
  const child = spawn(command[0]!, command.slice(1), { stdio: "inherit", env: { ...process.env, PG_CLUSTER_URL: cluster.url() } });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on("SIGINT", forward);
  process.on("SIGTERM", forward);
  process.on("exit", cluster.stop);
  child.on("exit", (code, signal) => {
    cluster.stop();
    process.exit(code ?? (signal ? 1 : 0));
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) void main();
