import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sessionHeaders, TEST_PASSWORD } from "../support/session-headers";
import { getDb } from "@/lib/server/db";
import { loadDatasetFile } from "@/lib/server/dataset/load-dataset-file";
import { loadPresetsFile } from "@/lib/server/dataset/load-presets-file";
import { seedDatabase } from "@/lib/server/dataset/seed-database";
import { createUser } from "@/lib/server/users/create-user";
import { updateScenario } from "@/lib/server/scenarios/scenario-store";
import type { ScenarioCreate } from "@/lib/domain/scenario";
import * as scenariosRoute from "@/app/api/scenarios/route";
import * as scenarioRoute from "@/app/api/scenarios/[slug]/route";

const db = getDb();
const seed = loadDatasetFile();
const USERS = { author: "editor", other: "editor", reader: "reader", admin: "admin" } as const;
type Headers = Record<string, string>;
const as = {} as Record<keyof typeof USERS, Headers>;

beforeAll(async () => {
  await seedDatabase(db, seed, loadPresetsFile(seed));
  for (const [name, role] of Object.entries(USERS)) {
    const email = `${name}@scenarios.example.org`;
    await createUser({ email, name, role, password: TEST_PASSWORD }, db);
    as[name as keyof typeof USERS] = await sessionHeaders(email);
  }
});
afterAll(() => db.$disconnect());

const view: ScenarioCreate = {
  title: "Ownership before deterrence",
  rationale: "Weighs who owns the arrangement above who deters whom.",
  criterionWeights: { "regional-ownership": 100 },
  categoryWeights: { "outside-powers": 20 },
  settings: { method: "wsm", missing: "mean", frameworks: [] },
};

async function createByAuthor(title: string): Promise<string> {
  const response = await scenariosRoute.POST(
    new Request("http://test/api/scenarios", { method: "POST", body: JSON.stringify({ ...view, title }), headers: as.author }),
    { params: Promise.resolve({}) },
  );
  expect(response.status).toBe(201);
  return (await response.json()).slug;
}

const send = (method: "PUT" | "DELETE", slug: string, body: unknown, headers: Headers = {}) => {
  const request = new Request(`http://test/api/scenarios/${slug}`, { method, body: JSON.stringify(body), headers });
  return scenarioRoute[method](request, { params: Promise.resolve({ slug }) });
};

/** The scenario's row and the number of scenario audit rows: what a refused write must leave alone. */
const snapshot = async (slug: string) => ({
  row: await db.scenario.findUnique({ where: { slug } }),
  audits: await db.auditEntry.count({ where: { entity: "scenario" } }),
});

const bodies = {
  PUT: (version: number) => ({ ...view, title: "Changed title", version }),
  DELETE: (version: number) => ({ version }),
};
const invalid = {
  PUT: { ...view, criterionWeights: { "regional-ownership": 150 }, version: 1 },
  DELETE: { version: "1" },
};

describe.each(["PUT", "DELETE"] as const)("%s /api/scenarios/{slug}", (method) => {
  it("refuses the anonymous (401), a reader (403), another editor (403), a stale version (409) and an invalid body (400), changing nothing", async () => {
    const slug = await createByAuthor(`Refusals for ${method}`);
    await send("PUT", slug, bodies.PUT(1), as.author); // now at version 2
    const before = await snapshot(slug);
    const refusals: Array<[number, unknown, Headers]> = [
      [401, bodies[method](2), {}],
      [403, bodies[method](2), as.reader],
      [403, bodies[method](2), as.other],
      [409, bodies[method](1), as.author],
      [400, invalid[method], as.author],
    ];
    for (const [status, body, headers] of refusals) {
      const response = await send(method, slug, body, headers);
      expect(response.status, `${status} for ${JSON.stringify(body)}`).toBe(status);
      expect(await snapshot(slug)).toEqual(before);
    }
    const stale = await (await send(method, slug, bodies[method](1), as.author)).json();
    expect(stale.current).toMatchObject({ slug, title: "Changed title", version: 2 });
  });

  it("refuses an editor's change to a preset (403) and answers 404 for an unknown scenario", async () => {
    const before = await snapshot("european-mediator");
    expect((await send(method, "european-mediator", bodies[method](1), as.author)).status).toBe(403);
    expect(await snapshot("european-mediator")).toEqual(before);
    expect((await send(method, "no-such-scenario", bodies[method](1), as.author)).status).toBe(404);
  });
});

describe("scenario changes that go through", () => {
  it("lets the author update, with a new version and an audit row holding before and after", async () => {
    const slug = await createByAuthor("Updated by its author");
    const response = await send(
      "PUT",
      slug,
      { ...view, title: "Updated by its author, renamed", criterionWeights: { "regional-ownership": 40 }, version: 1 },
      as.author,
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ slug, title: "Updated by its author, renamed", criterionWeights: { "regional-ownership": 40 }, version: 2 });
    const audit = await db.auditEntry.findFirst({ where: { entity: "scenario", entityKey: slug, action: "update" } });
    expect(audit).toMatchObject({
      actor: "author@scenarios.example.org",
      before: { title: "Updated by its author", version: 1 },
      after: { title: "Updated by its author, renamed" },
    });
  });

  it("lets the author delete, keeping the whole scenario in the audit row; the slug is then gone", async () => {
    const slug = await createByAuthor("Deleted by its author");
    const response = await send("DELETE", slug, { version: 1 }, as.author);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ deleted: slug });
    expect(await db.scenario.findUnique({ where: { slug } })).toBeNull();
    const audit = await db.auditEntry.findFirst({ where: { entity: "scenario", entityKey: slug, action: "delete" } });
    expect(audit).toMatchObject({
      actor: "author@scenarios.example.org",
      before: { slug, title: "Deleted by its author", criterionWeights: view.criterionWeights, version: 1 },
    });
    expect((await send("DELETE", slug, { version: 1 }, as.author)).status).toBe(404);
  });

  it("lets an admin update another's scenario and a preset, and delete them, each audited", async () => {
    const slug = await createByAuthor("Tidied by an admin");
    expect((await send("PUT", slug, { ...view, title: "Tidied by an admin, renamed", version: 1 }, as.admin)).status).toBe(200);
    expect((await send("DELETE", slug, { version: 2 }, as.admin)).status).toBe(200);
    const preset = await db.scenario.findUniqueOrThrow({ where: { slug: "european-mediator" } });
    expect((await send("PUT", "european-mediator", { ...view, title: "A European mediator", version: preset.version }, as.admin)).status).toBe(200);
    expect((await send("DELETE", "european-mediator", { version: preset.version + 1 }, as.admin)).status).toBe(200);
    const audits = await db.auditEntry.findMany({
      where: { entity: "scenario", entityKey: { in: [slug, "european-mediator"] }, actor: "admin@scenarios.example.org" },
      orderBy: { id: "asc" },
    });
    expect(audits.map((a) => `${a.action} ${a.entityKey}`)).toEqual([
      `update ${slug}`,
      `delete ${slug}`,
      "update european-mediator",
      "delete european-mediator",
    ]);
  });

  it("lets only one of two updates based on the same version through; the other gets 409", async () => {
    const slug = await createByAuthor("Raced by two tabs");
    const author = {
      id: "unused in the store",
      userId: 0,
      email: "author@scenarios.example.org",
      name: "Author",
      role: "editor",
      csrf: "unused in the store",
    } as const;
    // Called on the store directly, so that both read the version before either writes.
    const outcomes = await Promise.all(["First tab", "Second tab"].map((title) => updateScenario(slug, { ...view, title, version: 1 }, author, db)));
    expect(outcomes.map((o) => (o.ok ? "saved" : o.problem)).sort()).toEqual(["conflict", "saved"]);
    expect((await db.scenario.findUniqueOrThrow({ where: { slug } })).version).toBe(2);
    expect(await db.auditEntry.count({ where: { entity: "scenario", entityKey: slug, action: "update" } })).toBe(1);
  });
});
