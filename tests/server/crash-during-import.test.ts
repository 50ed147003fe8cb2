import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { datasetSchema } from "@/lib/domain/dataset";
import { syntheticDataset } from "../fixtures/synthetic-dataset";
import { seededRandom } from "@/lib/random";
import { createDb } from "@/lib/server/db";
import { readDataset } from "@/lib/server/dataset/read-dataset";
import { createUser } from "@/lib/server/users/create-user";
import { type AppServer, newDatabase, signIn, startServer } from "../support/app-server";

const PASSWORD = "kill it mid-import, please";
const postgres = Boolean(process.env.PG_CLUSTER_URL);
// 120 frameworks x 80 criteria: 9,600 assessments and as many citations (a 3 MB file), whose
// write transaction lasts a second or more on two cores: room to land a kill inside it.
const FRAMEWORKS = 120;
const file = JSON.stringify(datasetSchema.parse(syntheticDataset(FRAMEWORKS, 80, seededRandom(11))));

/** The data as the app reads it, and how many imports the audit trail records. */
async function snapshot(url: string) {
  const db = createDb(url);
  try {
    return { data: JSON.stringify(await readDataset(db)), imports: await db.auditEntry.count({ where: { action: "import" } }) };
  } finally {
    await db.$disconnect();
  }
}

/**
 * Resolves once the import's write transaction is open (and not some short rate-limit or session
 * write): on PostgreSQL a transaction holding the app's advisory write lock for 150 ms; on
 * SQLite the database's write lock held for as long (another connection cannot begin a write;
 * in write-ahead-log mode no journal file shows it). Resolves false if the request ended first.
 */
async function writeTransactionOpen(url: string, request: Promise<unknown>): Promise<boolean> {
  let done = false;
  void request.finally(() => {
    done = true;
  });
  const client = postgres ? new pg.Client({ connectionString: url }) : null;
  await client?.connect();
  const probe = postgres ? null : new Database(url.slice("file:".length), { timeout: 0 });
  const sqliteWriteLocked = () => {
    try {
      probe!.exec("BEGIN IMMEDIATE; ROLLBACK");
      return false;
    } catch (error) {
      if ((error as { code?: string }).code === "SQLITE_BUSY") return true;
      throw error;
    }
  };
  const open = async () =>
    client
      ? (
          await client.query(
            "SELECT 1 FROM pg_locks l JOIN pg_stat_activity a USING (pid) WHERE l.locktype = 'advisory' AND l.objid = $1 AND l.granted AND now() - a.xact_start > interval '150 milliseconds'",
            [0x67756c66],
          )
        ).rowCount! > 0
      : sqliteWriteLocked();
  try {
    let since: number | null = null;
    while (!done) {
      if (await open()) {
        since ??= Date.now();
        if (postgres || Date.now() - since >= 150) return true;
      } else since = null;
      await new Promise((r) => setTimeout(r, 10));
    }
    return false;
  } finally {
    await client?.end();
    probe?.close();
  }
}

describe(`kill -9 of the server during a large import apply (${postgres ? "PostgreSQL" : "SQLite"})`, () => {
  let url: string;
  let server: AppServer | undefined;
  beforeAll(async () => {
    url = await newDatabase("crash_import");
    const db = createDb(url);
    await createUser({ email: "crash@example.org", name: "Crash", role: "editor", password: PASSWORD }, db);
    await db.$disconnect();
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
  });

  const upload = async (mode: "preview" | "apply", session: { cookie: string; csrf: string }, basis?: number) => {
    const form = new FormData();
    form.set("file", new File([file], "large.json"));
    form.set("mode", mode);
    form.set("reason", "crash test");
    if (basis !== undefined) form.set("basis", String(basis));
    return fetch(`${server!.base}/api/import`, {
      method: "POST",
      body: form,
      headers: { origin: server!.base, cookie: session.cookie, "x-csrf-token": session.csrf },
    });
  };

  it("leaves the old data or the new, never a mix, and the app serves after a restart", async () => {
    const before = await snapshot(url);
    server = await startServer(url);
    const session = await signIn(server.base, "crash@example.org", PASSWORD);
    const { basis } = await (await upload("preview", session)).json();
    const apply = upload("apply", session, basis).then(
      (r) => r.status,
      () => "killed",
    );
    const killedInTransaction = await writeTransactionOpen(url, apply);
    server.process.kill("SIGKILL");
    await server.exited;
    expect(await apply).toBe("killed");
    server = undefined;
    if (!postgres) {
      // The rollback journal left behind is applied by the next connection; the file itself must be sound.
      const sqlite = new Database(url.slice("file:".length));
      expect(sqlite.pragma("integrity_check", { simple: true })).toBe("ok");
      sqlite.close();
    }
    const after = await snapshot(url);
    const frameworks = (s: { data: string }) => (JSON.parse(s.data) as { frameworks: unknown[] }).frameworks.length;
    const unchanged = after.data === before.data && after.imports === before.imports;
    const replaced = frameworks(after) === FRAMEWORKS && after.imports === before.imports + 1;
    expect(unchanged || replaced, "the data after the kill is neither the old nor the new").toBe(true);
    // Killed inside the write transaction, the import must have left nothing.
    expect(killedInTransaction).toBe(true);
    expect(unchanged).toBe(true);

    // The app serves again, and an import that runs to the end gives the new data.
    server = await startServer(url);
    for (const path of ["/", "/api/frameworks", "/compare"]) expect((await fetch(`${server.base}${path}`)).status, path).toBe(200);
    const again = await signIn(server.base, "crash@example.org", PASSWORD);
    const preview = await (await upload("preview", again)).json();
    expect((await upload("apply", again, preview.basis)).status).toBe(200);
    const { frameworks: served } = await (await fetch(`${server.base}/api/frameworks`)).json();
    expect(served).toHaveLength(FRAMEWORKS);
  });
});
