import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sessionHeaders, TEST_PASSWORD } from "../support/session-headers";
import { jsonExportSchema } from "@/lib/export/view-export";
import { getDb } from "@/lib/server/db";
import { loadDatasetFile } from "@/lib/server/dataset/load-dataset-file";
import { loadPresetsFile } from "@/lib/server/dataset/load-presets-file";
import { readDataset } from "@/lib/server/dataset/read-dataset";
import { seedDatabase } from "@/lib/server/dataset/seed-database";
import { createUser } from "@/lib/server/users/create-user";
import * as frameworksRoute from "@/app/api/frameworks/route";
import * as frameworkRoute from "@/app/api/frameworks/[slug]/route";
import { GET as exportGET } from "@/app/api/export/route";

const db = getDb();
const seed = loadDatasetFile();
beforeAll(async () => {
  await seedDatabase(db, seed, loadPresetsFile(seed));
  await createUser({ email: "fw-editor@example.org", name: "Ed", role: "editor", password: TEST_PASSWORD }, db);
});
afterAll(() => db.$disconnect());

const editor = () => sessionHeaders("fw-editor@example.org");
const send = (method: "POST" | "PATCH" | "DELETE", body: unknown, headers: Record<string, string>, slug?: string) => {
  const request = new Request(`http://test/api/frameworks${slug ? `/${slug}` : ""}`, { method, body: JSON.stringify(body), headers });
  if (method === "POST") return frameworksRoute.POST(request, { params: Promise.resolve({}) });
  const context = { params: Promise.resolve({ slug: slug! }) };
  return method === "PATCH" ? frameworkRoute.PATCH(request, context) : frameworkRoute.DELETE(request, context);
};

const OSCE = {
  document: "stepanova-2020",
  lineStart: 675,
  lineEnd: 677,
  quote: "modelled upon the all-inclusive but weak Organisation for Security and Cooperation in Europe (OSCE)",
};
const conference = {
  slug: "osce-style-conference",
  name: "An OSCE-style regional conference",
  shortName: "OSCE-style",
  proposer: "ru",
  announced: null,
  summary: "The older Russian idea of an all-inclusive regional security architecture modelled on the OSCE, which the paper calls vague.",
  summaryCitations: [OSCE],
  reason: "The paper discusses it as an idea",
};

describe("framework writes", () => {
  it("lets one of ten simultaneous creates of one slug through; the other nine get 409, not 500", async () => {
    const headers = await editor();
    const racing = { ...conference, slug: "raced-conference" };
    const statuses = await Promise.all(Array.from({ length: 10 }, () => send("POST", racing, headers).then((r) => r.status)));
    expect(statuses.sort()).toEqual([201, ...Array(9).fill(409)]);
    expect(await db.framework.count({ where: { slug: "raced-conference" } })).toBe(1);
    expect(await db.auditEntry.count({ where: { entity: "framework", entityKey: "raced-conference", action: "create" } })).toBe(1);
  });

  it("refuses an anonymous create and a bad citation, changing nothing", async () => {
    const before = await readDataset(db);
    expect((await send("POST", conference, {})).status).toBe(401);
    const bad = await send("POST", { ...conference, summaryCitations: [{ ...OSCE, lineStart: 676 }] }, await editor());
    expect(bad.status).toBe(400);
    expect((await bad.json()).issues[0].path).toBe("summaryCitations[0].quote");
    expect(await readDataset(db)).toEqual(before);
  });

  it("adds a framework that appears, with empty assessments, in the API and the exports", async () => {
    const created = await send("POST", conference, await editor());
    expect(created.status).toBe(201);
    const body = await created.json();
    expect(body.assessments).toHaveLength(seed.criteria.length);
    expect(body.assessments.every((a: { value: unknown }) => a.value === null)).toBe(true);
    expect((await send("POST", conference, await editor())).status).toBe(409);
    const exported = jsonExportSchema.parse(await (await exportGET(new Request("http://test/api/export?format=json"))).json());
    expect(exported.dataset.frameworks.map((f) => f.slug)).toContain("osce-style-conference");
    const csv = await (await exportGET(new Request("http://test/api/export?format=csv"))).text();
    expect(csv).toContain("An OSCE-style regional conference");
    expect((await db.auditEntry.findFirst({ where: { entity: "framework", entityKey: "osce-style-conference" } }))?.action).toBe("create");
  });

  it("changes a framework's fields with versions, and deletes it with its record kept in the audit trail", async () => {
    const headers = await editor();
    const patched = await send("PATCH", { shortName: "OSCE idea", version: 1, reason: "Shorter label" }, headers, "osce-style-conference");
    expect(patched.status).toBe(200);
    expect(await patched.json()).toMatchObject({ shortName: "OSCE idea", version: 2 });
    expect((await send("PATCH", { shortName: "Stale", version: 1, reason: "Stale edit" }, headers, "osce-style-conference")).status).toBe(409);
    expect((await send("DELETE", { version: 1, reason: "stale" }, headers, "osce-style-conference")).status).toBe(409);
    const deleted = await send("DELETE", { version: 2, reason: "Not a framework after all" }, headers, "osce-style-conference");
    expect(deleted.status).toBe(200);
    expect((await readDataset(db)).frameworks.map((f) => f.slug)).not.toContain("osce-style-conference");
    const record = await db.auditEntry.findFirst({ where: { entity: "framework", entityKey: "osce-style-conference", action: "delete" } });
    expect((record!.before as { shortName: string }).shortName).toBe("OSCE idea");
    expect((await send("PATCH", { shortName: "x", version: 2, reason: "gone" }, headers, "osce-style-conference")).status).toBe(404);
  });
});
