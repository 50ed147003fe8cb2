import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "@/lib/server/db";
import { createUser } from "@/lib/server/users/create-user";
import { type AppServer, jsonFrom, newDatabase, signIn, startServer } from "../support/app-server";

const PASSWORD = "two processes, one database";

// A team runs several app processes against one PostgreSQL database; SQLite serves one process
// (a file on one machine), so this runs in `npm run test:server` on PostgreSQL only.
describe.skipIf(!process.env.PG_CLUSTER_URL)("two app processes against one PostgreSQL database", () => {
  let a: AppServer;
  let b: AppServer;
  beforeAll(async () => {
    const url = await newDatabase("two_processes");
    const db = createDb(url);
    await createUser({ email: "team@example.org", name: "Team", role: "editor", password: PASSWORD }, db);
    await db.$disconnect();
    [a, b] = await Promise.all([startServer(url), startServer(url)]);
  }, 120_000);
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
  });

  const frameworks = async (server: AppServer, etag?: string) => {
    const response = await fetch(`${server.base}/api/frameworks`, { headers: etag ? { "if-none-match": etag } : {} });
    return { status: response.status, etag: response.headers.get("etag")!, body: response.status === 200 ? await response.json() : null };
  };
  const hope = (body: { frameworks: Array<{ slug: string; shortName: string }> }) => body.frameworks.find((f) => f.slug === "hope")!;
  const patchHope = (server: AppServer, session: { cookie: string; csrf: string }, version: number, shortName: string) =>
    fetch(`${server.base}/api/frameworks/hope`, {
      method: "PATCH",
      headers: { ...jsonFrom(server.base), cookie: session.cookie, "x-csrf-token": session.csrf },
      body: JSON.stringify({ version, shortName, reason: "two processes" }),
    });

  // The read API does not carry versions yet: a write based on an impossible one learns it from the 409.
  const versionOfHope = async (server: AppServer, session: { cookie: string; csrf: string }) => {
    const refused = await patchHope(server, session, 1_000_000, "never");
    expect(refused.status).toBe(409);
    return ((await refused.json()) as { current: { version: number } }).current.version;
  };

  it("serves one process's write from the other at once: a new ETag and the new data", async () => {
    const before = await frameworks(b);
    expect((await frameworks(b, before.etag)).status).toBe(304);
    const session = await signIn(a.base, "team@example.org", PASSWORD);
    const patched = await patchHope(a, session, await versionOfHope(a, session), "HOPE seen from B");
    expect(patched.status, await patched.clone().text()).toBe(200);
    const after = await frameworks(b, before.etag);
    expect(after.status).toBe(200);
    expect(after.etag).not.toBe(before.etag);
    expect(hope(after.body).shortName).toBe("HOPE seen from B");
  });

  it("refuses a write based on a version the other process has moved on (409)", async () => {
    const [onA, onB] = await Promise.all([signIn(a.base, "team@example.org", PASSWORD), signIn(b.base, "team@example.org", PASSWORD)]);
    const version = await versionOfHope(b, onB);
    expect((await patchHope(a, onA, version, "HOPE from A")).status).toBe(200);
    const stale = await patchHope(b, onB, version, "HOPE from B");
    expect(stale.status).toBe(409);
    expect(hope((await frameworks(b)).body).shortName).toBe("HOPE from A");
  });

  it("keeps sessions in the database: signed in on one, honoured by the other; signed out on one, ended on both", async () => {
    const session = await signIn(a.base, "team@example.org", PASSWORD);
    const who = async (server: AppServer) => (await (await fetch(`${server.base}/api/session`, { headers: { cookie: session.cookie } })).json()).user;
    expect((await who(b))?.email).toBe("team@example.org");
    const out = await fetch(`${b.base}/api/session`, { method: "DELETE", headers: { ...jsonFrom(b.base), cookie: session.cookie } });
    expect(out.status).toBe(200);
    expect(await who(a)).toBeNull();
    expect((await patchHope(a, session, 1_000_000, "HOPE after sign-out")).status).toBe(401);
  });

  it("counts wrong passwords in the database: attempts spread over both processes add up", async () => {
    const attempt = (server: AppServer) =>
      fetch(`${server.base}/api/session`, {
        method: "POST",
        headers: jsonFrom(server.base),
        body: JSON.stringify({ email: "team@example.org", password: "not the password at all" }),
      });
    // Five wrong passwords are free, the sixth blocks the account from this client for a while.
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push((await attempt(i % 2 ? b : a)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 401]);
    const [onA, onB] = [await attempt(a), await attempt(b)];
    expect([onA.status, onB.status]).toEqual([429, 429]);
    expect(Number(onB.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});
