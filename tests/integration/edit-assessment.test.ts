import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/server/db";
import { loadDatasetFile } from "@/lib/server/dataset/load-dataset-file";
import { readDataset } from "@/lib/server/dataset/read-dataset";
import { writeDataset } from "@/lib/server/dataset/write-dataset";
import { createUser } from "@/lib/server/users/create-user";
import { updateUser } from "@/lib/server/users/update-user";
import { PUT } from "@/app/api/frameworks/[slug]/assessments/[criterion]/route";
import * as sessionRoute from "@/app/api/session/route";
import { issuesSaidOtherwise } from "../support/issues-in-english";
import { SAME_ORIGIN_JSON, signInThroughRoute } from "../support/session-headers";
import * as historyRoute from "@/app/api/history/route";
import * as revertRoute from "@/app/api/history/[id]/revert/route";

const db = getDb();
const seed = loadDatasetFile();
const PASSWORD = "correct horse battery staple";
beforeAll(async () => {
  await writeDataset(db, seed);
  await createUser({ email: "editor@example.org", name: "Ed", role: "editor", password: PASSWORD }, db);
  await createUser({ email: "reader@example.org", name: "Rea", role: "reader", password: PASSWORD }, db);
});
afterAll(() => db.$disconnect());

const signIn = (email: string, password = PASSWORD, client = "10.0.0.1") => signInThroughRoute(email, password, client);

const current = () => seed.frameworks.find((f) => f.slug === "hope")!.assessments.find((a) => a.criterion === "acceptability-ir")!;
const validBody = (over: Record<string, unknown> = {}) => ({
  value: 1,
  rationale: "Revised after a second reading of the paragraph on HOPE.",
  confidence: "medium",
  citations: current().citations,
  version: 1,
  reason: "Second reading",
  ...over,
});
const put = (body: unknown, headers: Record<string, string> = {}, slug = "hope", criterion = "acceptability-ir") =>
  PUT(
    new Request(`http://test/api/frameworks/${slug}/assessments/${criterion}`, {
      method: "PUT",
      body: typeof body === "string" ? body : JSON.stringify(body),
      headers: { ...SAME_ORIGIN_JSON, ...headers },
    }),
    {
      params: Promise.resolve({ slug, criterion }),
    },
  );
const snapshot = async () => ({ data: await readDataset(db), audit: await db.auditEntry.count() });

describe("PUT /api/frameworks/{slug}/assessments/{criterion}", () => {
  it("refuses an anonymous write with 401, a reader's with 403, one without the CSRF token with 403, and changes nothing", async () => {
    const before = await snapshot();
    expect((await put(validBody())).status).toBe(401);
    const reader = await signIn("reader@example.org");
    expect((await put(validBody(), { cookie: reader.cookie, "x-csrf-token": reader.csrf })).status).toBe(403);
    const editor = await signIn("editor@example.org");
    expect((await put(validBody(), { cookie: editor.cookie })).status).toBe(403);
    expect((await put(validBody(), { cookie: editor.cookie, "x-csrf-token": "forged-token-forged-token" })).status).toBe(403);
    expect(await snapshot()).toEqual(before);
  });

  it.each([
    ["a value off the scale", { value: 3 }, /value: 3 is outside the scale -2..2/],
    [
      "a quote not in its lines",
      { citations: [{ ...current().citations[0]!, quote: "words the paper never wrote" }] },
      /citations\[0\]\.quote: quote .* is not in lines/,
    ],
    ["an unknown source", { citations: [{ ...current().citations[0]!, document: "no-such-paper" }] }, /unknown source "no-such-paper"/],
    [
      "a revision the source lacks",
      { citations: [{ ...current().citations[0]!, revision: 99 }] },
      /"stepanova-2020" has no revision 99 \(its current one is 1\)/,
    ],
    ["no reason", { reason: "" }, /reason/],
    ["no citation", { citations: [] }, /citations: needs at least one citation/],
    ["a text value", { value: "high" }, /value/],
    ["an unknown confidence", { confidence: "certain" }, /confidence/],
    ["an extra field", { colour: "red" }, /colour|Unrecognized/i],
  ])("refuses %s with 400 and the field named, changing nothing", async (_name, change, pattern) => {
    const editor = await signIn("editor@example.org");
    const before = await snapshot();
    const response = await put(validBody(change), { cookie: editor.cookie, "x-csrf-token": editor.csrf });
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.issues.map((i: { path: string; message: string }) => `${i.path}: ${i.message}`).join("\n")).toMatch(pattern);
    // Each issue a code the pages say, its English the API's word for word.
    expect(issuesSaidOtherwise(body.issues)).toEqual([]);
    expect(await snapshot()).toEqual(before);
  });

  it("answers an unknown framework or criterion with 404", async () => {
    const editor = await signIn("editor@example.org");
    expect((await put(validBody(), { cookie: editor.cookie, "x-csrf-token": editor.csrf }, "nope", "acceptability-ir")).status).toBe(404);
    expect((await put(validBody(), { cookie: editor.cookie, "x-csrf-token": editor.csrf }, "hope", "nope")).status).toBe(404);
  });

  it("writes an editor's change with an audit row per changed field, then refuses a stale version with 409 and the current state", async () => {
    const editor = await signIn("editor@example.org");
    const headers = { cookie: editor.cookie, "x-csrf-token": editor.csrf };
    const ok = await put(validBody(), headers);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ value: 1, version: 2 });
    const stored = (await readDataset(db)).frameworks.find((f) => f.slug === "hope")!.assessments.find((a) => a.criterion === "acceptability-ir")!;
    expect(stored).toMatchObject({ value: 1, confidence: "medium", rationale: validBody().rationale });
    const audit = await db.auditEntry.findMany({ where: { entity: "assessment", entityKey: "hope/acceptability-ir" }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.field).sort()).toEqual(
      ["confidence", "rationale", "value"]
        .sort()
        .filter((f) => JSON.stringify((current() as Record<string, unknown>)[f]) !== JSON.stringify((validBody() as Record<string, unknown>)[f])),
    );
    expect(audit.find((a) => a.field === "value")).toMatchObject({
      actor: "editor@example.org",
      action: "update",
      before: current().value,
      after: 1,
      reason: "Second reading",
    });

    const before = await snapshot();
    const stale = await put(validBody({ value: -1 }), headers);
    expect(stale.status).toBe(409);
    expect((await stale.json()).current).toMatchObject({ value: 1, version: 2 });
    expect(await snapshot()).toEqual(before);
  });

  it("never answers a random body with a 500", async () => {
    const editor = await signIn("editor@example.org");
    const headers = { cookie: editor.cookie, "x-csrf-token": editor.csrf };
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.jsonValue(),
          fc.record(
            {
              value: fc.oneof(fc.integer(), fc.double(), fc.constant(null), fc.string()),
              rationale: fc.string(),
              confidence: fc.string(),
              citations: fc.jsonValue(),
              version: fc.oneof(fc.integer(), fc.string()),
              reason: fc.string(),
            },
            { requiredKeys: [] },
          ),
        ),
        async (body) => {
          const response = await put(body, headers);
          expect([200, 400, 409]).toContain(response.status);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe("history and revert", () => {
  const revert = (id: number | string, body: unknown, headers: Record<string, string> = {}) =>
    revertRoute.POST(
      new Request(`http://test/api/history/${id}/revert`, { method: "POST", body: JSON.stringify(body), headers: { ...SAME_ORIGIN_JSON, ...headers } }),
      { params: Promise.resolve({ id: String(id) }) },
    );

  const history = (query: string, headers: Record<string, string> = {}) => historyRoute.GET(new Request(`http://test/api/history?${query}`, { headers }));

  it("lists an assessment's changes, newest first, to anyone: editors by name, their e-mail only to editors", async () => {
    const response = await history("entity=assessment&key=hope/acceptability-ir");
    const { entries } = await response.json();
    expect(entries.length).toBeGreaterThan(0);
    expect(entries[0]).toMatchObject({ entity: "assessment", entityKey: "hope/acceptability-ir", actor: "Ed" });
    expect(JSON.stringify(entries)).not.toContain("@example.org");
    const reader = await signIn("reader@example.org", PASSWORD, "10.2.2.4");
    expect(JSON.stringify((await (await history("", { cookie: reader.cookie })).json()).entries)).not.toContain("@");
    const editor = await signIn("editor@example.org", PASSWORD, "10.2.2.4");
    expect((await (await history("entity=assessment&key=hope/acceptability-ir", { cookie: editor.cookie })).json()).entries[0]).toMatchObject({
      actor: "Ed",
      actorEmail: "editor@example.org",
    });
    expect((await history("entity=nothing&key=x")).status).toBe(400);
  });

  it("pages the history: a bounded page, newest first, and a link to the next older one", async () => {
    const total = await db.auditEntry.count();
    expect(total).toBeGreaterThan(2);
    const seen: number[] = [];
    let next: string | null = "limit=2";
    while (next) {
      const page: { entries: Array<{ id: number }>; next: string | null } = await (await history(next.replace(/^\/api\/history\?/, ""))).json();
      expect(page.entries.length).toBeLessThanOrEqual(2);
      seen.push(...page.entries.map((e) => e.id));
      next = page.next;
    }
    expect(seen).toEqual([...seen].sort((a, b) => b - a));
    expect(new Set(seen).size).toBe(total);
    expect((await (await history("")).json()).entries.length).toBeLessThanOrEqual(50);
    for (const bad of ["limit=0", "limit=201", "limit=abc", "before=-1", "before=1e400"]) expect((await history(bad)).status, bad).toBe(400);
  });

  it("reverts a change by writing its earlier value back, itself recorded; a reader cannot", async () => {
    const valueChange = await db.auditEntry.findFirst({ where: { entityKey: "hope/acceptability-ir", field: "value" }, orderBy: { id: "asc" } });
    const reader = await signIn("reader@example.org", PASSWORD, "10.2.2.2");
    expect((await revert(valueChange!.id, { reason: "try" }, { cookie: reader.cookie, "x-csrf-token": reader.csrf })).status).toBe(403);
    const editor = await signIn("editor@example.org", PASSWORD, "10.2.2.3");
    const auditBefore = await db.auditEntry.count();
    const response = await revert(valueChange!.id, { reason: "the first reading was right" }, { cookie: editor.cookie, "x-csrf-token": editor.csrf });
    expect(response.status).toBe(200);
    const stored = (await readDataset(db)).frameworks.find((f) => f.slug === "hope")!.assessments.find((a) => a.criterion === "acceptability-ir")!;
    expect(stored.value).toBe(current().value);
    const last = await db.auditEntry.findFirst({ orderBy: { id: "desc" } });
    expect(last).toMatchObject({
      field: "value",
      before: 1,
      after: current().value,
      reason: `Revert of change #${valueChange!.id}: the first reading was right`,
    });
    expect(await db.auditEntry.count()).toBe(auditBefore + 1);
    expect((await revert(999999, { reason: "nothing" }, { cookie: editor.cookie, "x-csrf-token": editor.csrf })).status).toBe(404);
  });

  it("answers 404 for an id that is not the plain number of a change, rather than a 500 or another change", async () => {
    const editor = await signIn("editor@example.org", PASSWORD, "10.2.2.8");
    const first = await db.auditEntry.findFirstOrThrow({ orderBy: { id: "asc" } });
    for (const id of ["99999999999999999999", "2147483648", `0x${first.id.toString(16)}`, `${first.id}.0`, `${first.id}e0`, "-1", "0"]) {
      const response = await revert(id, { reason: "a probe" }, { cookie: editor.cookie, "x-csrf-token": editor.csrf });
      expect(response.status, id).toBe(404);
    }
  });
});

describe("signing in", () => {
  const signInRequest = (body: string, headers: Record<string, string>) =>
    sessionRoute.POST(new Request("http://test/api/session", { method: "POST", body, headers }));
  const credentials = JSON.stringify({ email: "editor@example.org", password: PASSWORD });

  it("slows down wrong passwords for that account from that client only, with a growing wait", async () => {
    for (let i = 0; i < 5; i++) expect((await signIn("editor@example.org", "wrong password!!", "10.9.9.9")).status).toBe(401);
    // The sixth failure starts the backoff: even the right password waits.
    expect((await signIn("editor@example.org", "wrong password!!", "10.9.9.9")).status).toBe(401);
    const blocked = await signIn("editor@example.org", PASSWORD, "10.9.9.9");
    expect(blocked.status).toBe(429);
    // The same account from another client, and another account from this client, still sign in.
    expect((await signIn("editor@example.org", PASSWORD, "10.9.9.10")).status).toBe(200);
    expect((await signIn("reader@example.org", PASSWORD, "10.9.9.9")).status).toBe(200);
    // The state lives in the database, where every app process reads it: six failures, one block of 1 s.
    const row = await db.rateLimit.findUniqueOrThrow({ where: { key: "sign-in:editor@example.org|10.9.9.9" } });
    expect(row.count).toBe(6);
    expect(row.blockedUntil).not.toBeNull();
  });

  it("checks no more guesses sent all at once than one by one: the right password among a burst is refused", async () => {
    const guesses = Array.from({ length: 40 }, (_, i) => (i === 30 ? PASSWORD : `wrong password ${i}!`));
    const statuses = await Promise.all(guesses.map((password) => signIn("editor@example.org", password, "10.6.6.6").then((r) => r.status)));
    // Five free failures and the sixth that starts the wait are checked; the rest wait without a check.
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(6);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(34);
    expect(statuses[30]).not.toBe(200);
  });

  it("does not count a right password against the client: a shared address signs many people in", async () => {
    for (let i = 0; i < 25; i++) expect((await signIn(i % 2 ? "editor@example.org" : "reader@example.org", PASSWORD, "10.5.5.5")).status).toBe(200);
  });

  it("keys on the address our server saw, not on X-Forwarded-For a client can rotate", async () => {
    const headers = (i: number) => ({ ...SAME_ORIGIN_JSON, "x-client-address": "10.7.7.7", "x-forwarded-for": `203.0.113.${i}` });
    for (let i = 0; i < 25; i++) await signInRequest(JSON.stringify({ email: `nobody${i}@example.org`, password: "spraying password" }), headers(i));
    const refused = await signInRequest(JSON.stringify({ email: "nobody99@example.org", password: "spraying password" }), headers(99));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("refuses a sign-in that is not JSON from this site (login CSRF)", async () => {
    expect((await signInRequest(credentials, { origin: "http://test", "content-type": "text/plain" })).status).toBe(415);
    expect((await signInRequest(credentials, { origin: "https://evil.example", "content-type": "application/json" })).status).toBe(403);
    expect((await signInRequest(credentials, { "content-type": "application/json" })).status).toBe(403);
    expect((await signInRequest(credentials, { origin: "null", "content-type": "application/json" })).status).toBe(403);
    expect((await signInRequest(credentials, SAME_ORIGIN_JSON)).status).toBe(200);
  });

  it("reports the session, and signing out ends it on the server: the old cookie stops working", async () => {
    const reader = await signIn("reader@example.org", PASSWORD, "10.1.1.1");
    const me = () => sessionRoute.GET(new Request("http://test/api/session", { headers: { cookie: reader.cookie } })).then((r) => r.json());
    expect(await me()).toMatchObject({ user: { email: "reader@example.org", name: "Rea", role: "reader" } });
    const out = await sessionRoute.DELETE(
      new Request("http://test/api/session", { method: "DELETE", headers: { cookie: reader.cookie, origin: "http://test" } }),
    );
    expect(out.headers.get("set-cookie")).toMatch(/gulf_session=; .*Max-Age=0/);
    expect(await me()).toEqual({ user: null });
  });

  it("ends every session of an editor who is demoted or whose password changes", async () => {
    await createUser({ email: "demoted@example.org", name: "De", role: "editor", password: PASSWORD }, db);
    const first = await signIn("demoted@example.org", PASSWORD, "10.2.2.2");
    const second = await signIn("demoted@example.org", PASSWORD, "10.2.2.3");
    expect((await put(validBody({ version: 999 }), { cookie: first.cookie, "x-csrf-token": first.csrf })).status).toBe(409);
    await updateUser("demoted@example.org", { role: "reader" }, db);
    for (const s of [first, second]) expect((await put(validBody({ version: 999 }), { cookie: s.cookie, "x-csrf-token": s.csrf })).status).toBe(401);
    const again = await signIn("demoted@example.org", PASSWORD, "10.2.2.2");
    expect(again.status).toBe(200);
    await updateUser("demoted@example.org", { password: "a brand new passphrase" }, db);
    expect(await (await sessionRoute.GET(new Request("http://test/api/session", { headers: { cookie: again.cookie } }))).json()).toEqual({ user: null });
  });

  it("refuses a forged or malformed session cookie without asking twice", async () => {
    for (const cookie of ["gulf_session=abc", "gulf_session=%ff", `gulf_session=${"A".repeat(43)}`])
      expect(await (await sessionRoute.GET(new Request("http://test/api/session", { headers: { cookie } }))).json()).toEqual({ user: null });
  });
});
