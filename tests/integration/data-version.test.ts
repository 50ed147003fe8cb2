import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sessionHeaders, TEST_PASSWORD } from "../support/session-headers";
import { writeEndpoints } from "../support/write-endpoints";
import { readDataVersion } from "@/lib/server/data-version";
import { createDb, getDb } from "@/lib/server/db";
import { loadDatasetFile } from "@/lib/server/dataset/load-dataset-file";
import { loadPresetsFile } from "@/lib/server/dataset/load-presets-file";
import { seedDatabase } from "@/lib/server/dataset/seed-database";
import { createUser } from "@/lib/server/users/create-user";
import * as actorsRoute from "@/app/api/actors/route";
import * as frameworksRoute from "@/app/api/frameworks/route";

const db = getDb();
const seed = loadDatasetFile();
beforeAll(async () => {
  await seedDatabase(db, seed, loadPresetsFile(seed));
  await createUser({ email: "version-admin@example.org", name: "V", role: "admin", password: TEST_PASSWORD }, db);
  await db.auditEntry.create({
    data: { actor: "x", action: "update", entity: "actor", entityKey: "iq", field: "name", before: "Iraq", after: "Republic of Iraq", reason: "setup" },
  });
});
afterAll(() => db.$disconnect());

describe("the data version", () => {
  it("moves with every write that lands, and only then", async () => {
    const headers = await sessionHeaders("version-admin@example.org");
    let landed = 0;
    const refused: string[] = [];
    for (const e of writeEndpoints) {
      const send = async (body: unknown) => {
        const before = await readDataVersion(db);
        const response = await e.handler(new Request(`http://test${e.route}`, { method: e.method, body: JSON.stringify(body), headers }), {
          params: Promise.resolve(e.params) as Promise<never>,
        });
        const after = await readDataVersion(db);
        if (response.ok) expect(after, `${e.method} ${e.route} wrote without moving the data version`).toBeGreaterThan(before);
        else expect(after, `${e.method} ${e.route} was refused (${response.status}) yet moved the version`).toBe(before);
        return response;
      };
      const response = await send(e.body);
      if (response.ok) landed++;
      else refused.push(`${e.method} ${e.route} ${response.status}`);
    }
    // The bodies fit the seeded data; four come after a write in this loop that moved their
    // record on (a patch before the delete of the same framework...) and are refused with 409.
    // A revoke cannot name a live link: its token is shown once, by the invitations write.
    const unknownToken = "DELETE /api/panels/[slug]/invitations/[token] 404";
    expect(
      refused.every((r) => r.endsWith(" 409") || r === unknownToken),
      refused.join("; "),
    ).toBe(true);
    expect(landed).toBeGreaterThanOrEqual(writeEndpoints.length - 5);
  });

  it("serves reads from memory with an ETag and a 304, and sees another process's write at once", async () => {
    const get = (headers: Record<string, string> = {}) => frameworksRoute.GET(new Request("http://test/api/frameworks", { headers }));
    const first = await get();
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"frameworks@\d+"$/);
    expect(first.headers.get("cache-control")).toContain("no-cache");
    const unchanged = await get({ "if-none-match": etag });
    expect(unchanged.status).toBe(304);
    expect(await unchanged.text()).toBe("");

    // Another app process: its own client on the same database file.
    const other = createDb(process.env.DATABASE_URL);
    try {
      await other.$transaction(async (tx) => {
        await tx.framework.update({ where: { slug: "hope" }, data: { shortName: "HOPE (renamed elsewhere)" } });
        await tx.dataVersion.update({ where: { id: 1 }, data: { version: { increment: 1 } } });
      });
    } finally {
      await other.$disconnect();
    }
    const changed = await get({ "if-none-match": etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
    expect((await changed.json()).frameworks.find((f: { slug: string }) => f.slug === "hope").shortName).toBe("HOPE (renamed elsewhere)");
    // Other reads key their own entries: the actors list still answers from its own.
    expect((await actorsRoute.GET(new Request("http://test/api/actors"))).status).toBe(200);
  });
});
