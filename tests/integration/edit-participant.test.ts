import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sessionHeaders, TEST_PASSWORD } from "../support/session-headers";
import { getDb } from "@/lib/server/db";
import { loadDatasetFile } from "@/lib/server/dataset/load-dataset-file";
import { readDataset } from "@/lib/server/dataset/read-dataset";
import { writeDataset } from "@/lib/server/dataset/write-dataset";
import { createUser } from "@/lib/server/users/create-user";
import { PUT } from "@/app/api/frameworks/[slug]/participants/[actor]/route";

const db = getDb();
const seed = loadDatasetFile();
beforeAll(async () => {
  await writeDataset(db, seed);
  await createUser({ email: "admin@example.org", name: "Ad", role: "admin", password: TEST_PASSWORD }, db);
  await createUser({ email: "reader2@example.org", name: "Rea", role: "reader", password: TEST_PASSWORD }, db);
});
afterAll(() => db.$disconnect());

const put = (slug: string, actor: string, body: unknown, headers: Record<string, string> = {}) =>
  PUT(new Request(`http://test/api/frameworks/${slug}/participants/${actor}`, { method: "PUT", body: JSON.stringify(body), headers }), {
    params: Promise.resolve({ slug, actor }),
  });

const ARAB_GULF_POWERS = {
  document: "stepanova-2020",
  lineStart: 709,
  lineEnd: 709,
  quote: "US-led group of close allies, such as the UK and Australia, and Arab Gulf powers",
};
const saudiInImsi = (over: Record<string, unknown> = {}) => ({
  role: "member",
  rationale: "A later source names Saudi Arabia among the Arab Gulf powers in the coalition.",
  confidence: "low",
  citations: [ARAB_GULF_POWERS],
  version: 0,
  reason: "Adding a member named elsewhere",
  ...over,
});
const state = async () => ({ data: await readDataset(db), audit: await db.auditEntry.count() });

describe("PUT /api/frameworks/{slug}/participants/{actor}", () => {
  it("refuses anonymous (401) and reader (403) writes, invalid bodies (400) and unknown records (404), changing nothing", async () => {
    const before = await state();
    expect((await put("imsi", "sa", saudiInImsi())).status).toBe(401);
    expect((await put("imsi", "sa", saudiInImsi(), await sessionHeaders("reader2@example.org"))).status).toBe(403);
    const admin = await sessionHeaders("admin@example.org");
    const bad = await put("imsi", "sa", saudiInImsi({ role: "sponsor" }), admin);
    expect(bad.status).toBe(400);
    expect((await bad.json()).issues[0].path).toBe("role");
    const badQuote = await put("imsi", "sa", saudiInImsi({ citations: [{ ...ARAB_GULF_POWERS, lineStart: 700, lineEnd: 700 }] }), admin);
    expect(badQuote.status).toBe(400);
    expect((await put("imsi", "zz", saudiInImsi(), admin)).status).toBe(404);
    expect(await state()).toEqual(before);
  });

  it("adds a role, which the API and the inclusiveness index then show, and refuses a stale version", async () => {
    const admin = await sessionHeaders("admin@example.org");
    const created = await put("imsi", "sa", saudiInImsi(), admin);
    expect(created.status).toBe(200);
    expect(await created.json()).toMatchObject({ actor: "sa", role: "member", version: 1 });
    const imsi = (await readDataset(db)).frameworks.find((f) => f.slug === "imsi")!;
    expect(imsi.participants.find((p) => p.actor === "sa")).toMatchObject({ role: "member", confidence: "low" });
    const audit = await db.auditEntry.findMany({ where: { entity: "participant", entityKey: "imsi/sa" } });
    expect(audit.map((a) => a.field).sort()).toEqual(["citations", "confidence", "rationale", "role"]);
    expect(audit.every((a) => a.action === "create" && a.actor === "admin@example.org")).toBe(true);

    const before = await state();
    const stale = await put("imsi", "sa", saudiInImsi({ role: "core" }), admin);
    expect(stale.status).toBe(409);
    expect((await stale.json()).current).toMatchObject({ role: "member", version: 1 });
    expect(await state()).toEqual(before);
    const updated = await put("imsi", "sa", saudiInImsi({ role: "core", version: 1 }), admin);
    expect(await updated.json()).toMatchObject({ role: "core", version: 2 });
  });
});
