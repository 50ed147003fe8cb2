import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sessionHeaders, TEST_PASSWORD, uploadSessionHeaders } from "../support/session-headers";
import { getDb } from "@/lib/server/db";
import { loadDatasetFile } from "@/lib/server/dataset/load-dataset-file";
import { loadPresetsFile } from "@/lib/server/dataset/load-presets-file";
import { seedDatabase } from "@/lib/server/dataset/seed-database";
import { createUser } from "@/lib/server/users/create-user";
import * as actorRoute from "@/app/api/actors/[slug]/route";
import * as criterionRoute from "@/app/api/criteria/[slug]/route";
import * as participantRoute from "@/app/api/frameworks/[slug]/participants/[actor]/route";
import * as panelsRoute from "@/app/api/panels/route";
import * as duplicateRoute from "@/app/api/scenarios/[slug]/duplicate/route";
import * as scenariosRoute from "@/app/api/scenarios/route";
import * as revisionsRoute from "@/app/api/sources/[slug]/revisions/route";
import * as sourcesRoute from "@/app/api/sources/route";

// Two editors creating the same record at once: every create that can meet a unique key, raced
// through its route on SQLite and (the integration-pg project) PostgreSQL. Each answer is a
// success or a 409 conflict, never a 500, and the database holds one record, audited once.
// (Racing framework creates: tests/integration/edit-framework.test.ts.)
const db = getDb();
const seed = loadDatasetFile();
beforeAll(async () => {
  await seedDatabase(db, seed, loadPresetsFile(seed));
  await createUser({ email: "racer@example.org", name: "Racer", role: "editor", password: TEST_PASSWORD }, db);
});
afterAll(() => db.$disconnect());

const RACERS = 4;
type Handler<P> = (request: Request, context: { params: Promise<P> }) => Promise<Response>;
/** The same request sent RACERS times at once; the statuses, sorted, and the bodies. */
async function race<P>(handler: Handler<P>, url: string, method: string, params: P, body: () => BodyInit, headers: Record<string, string>) {
  const responses = await Promise.all(
    Array.from({ length: RACERS }, () => handler(new Request(`http://test${url}`, { method, body: body(), headers }), { params: Promise.resolve(params) })),
  );
  const bodies = await Promise.all(responses.map((r) => r.json()));
  return { statuses: responses.map((r) => r.status).sort(), bodies };
}
const json = (value: unknown) => () => JSON.stringify(value);
const oneWinner = (created: number) => [created, ...Array(RACERS - 1).fill(409)];

const { slug: _slug, ...viability } = seed.criteria.find((c) => c.slug === "viability")!;
const { actor: _actor, ...iranInHope } = seed.frameworks.find((f) => f.slug === "hope")!.participants.find((p) => p.actor === "ir")!;

describe("racing creates of one key", () => {
  it("a criterion, an actor and a role created at once by several editors: one lands, the others get 409 with the record as it now is", async () => {
    const headers = await sessionHeaders("racer@example.org");
    const criterion = await race(
      criterionRoute.PUT,
      "/api/criteria/raced-criterion",
      "PUT",
      { slug: "raced-criterion" },
      json({ ...viability, name: "Raced", version: 0, reason: "a race" }),
      headers,
    );
    expect(criterion.statuses).toEqual(oneWinner(200));
    expect(criterion.bodies.filter((b) => b.current).map((b) => b.current.version)).toEqual(Array(RACERS - 1).fill(1));
    expect(await db.criterion.count({ where: { slug: "raced-criterion" } })).toBe(1);
    expect(await db.auditEntry.count({ where: { entity: "criterion", entityKey: "raced-criterion", field: "name" } })).toBe(1);

    const actor = await race(
      actorRoute.PUT,
      "/api/actors/raced-actor",
      "PUT",
      { slug: "raced-actor" },
      json({ name: "Raced", kind: "organisation", group: "regional", worldPower: false, version: 0, reason: "a race" }),
      headers,
    );
    expect(actor.statuses).toEqual(oneWinner(200));
    expect(await db.actor.count({ where: { slug: "raced-actor" } })).toBe(1);

    const role = await race(
      participantRoute.PUT,
      "/api/frameworks/hope/participants/cn",
      "PUT",
      { slug: "hope", actor: "cn" },
      json({ ...iranInHope, role: "observer", version: 0, reason: "a race" }),
      headers,
    );
    expect(role.statuses).toEqual(oneWinner(200));
    const hope = await db.framework.findUniqueOrThrow({ where: { slug: "hope" }, select: { id: true } });
    const china = await db.actor.findUniqueOrThrow({ where: { slug: "cn" }, select: { id: true } });
    expect(await db.participation.count({ where: { frameworkId: hope.id, actorId: china.id } })).toBe(1);
  });

  it("scenarios and panels of one title saved at once: each gets a slug of its own, none is refused", async () => {
    const headers = await sessionHeaders("racer@example.org");
    const view = { rationale: "Saved twice at once.", criterionWeights: {}, categoryWeights: {}, settings: { method: "wsm", missing: "mean", frameworks: [] } };
    const scenarios = await race(scenariosRoute.POST, "/api/scenarios", "POST", {}, json({ title: "Raced view", ...view }), headers);
    expect(scenarios.statuses).toEqual(Array(RACERS).fill(201));
    const slugs = scenarios.bodies.map((b) => b.scenario?.slug ?? b.slug);
    expect(new Set(slugs).size).toBe(RACERS);
    expect(await db.scenario.count({ where: { slug: { startsWith: "raced-view" } } })).toBe(RACERS);

    const copies = await race(duplicateRoute.POST, "/api/scenarios/equal/duplicate", "POST", { slug: "equal" }, json({}), headers);
    expect(copies.statuses).toEqual(Array(RACERS).fill(201));
    expect(new Set(copies.bodies.map((b) => b.scenario?.slug ?? b.slug)).size).toBe(RACERS);

    const panel = { title: "Raced panel", question: "Which proposal should the Gulf states take up?", aggregation: "arithmetic", anonymous: true };
    const panels = await race(panelsRoute.POST, "/api/panels", "POST", {}, json(panel), headers);
    expect(panels.statuses).toEqual(Array(RACERS).fill(201));
    expect(new Set(panels.bodies.map((b) => b.slug)).size).toBe(RACERS);
    expect(await db.panel.count({ where: { slug: { startsWith: "raced-panel" } } })).toBe(RACERS);
  });

  it("a source of one slug uploaded at once: one lands, the others get 409; racing revisions never share a number", async () => {
    const headers = await uploadSessionHeaders("racer@example.org");
    const form = (text: string, fields: Record<string, string>) => () => {
      const body = new FormData();
      body.set("file", new File([text], "note.txt"));
      for (const [k, v] of Object.entries(fields)) body.set(k, v);
      return body;
    };
    const meta = { title: "A raced note", author: "Gulf Ministry", year: "2024", language: "en", reason: "a race", mode: "save", slug: "raced-note" };
    const sources = await race(sourcesRoute.POST, "/api/sources", "POST", {}, form("A note.\nIts second line.\n", meta), headers);
    expect(sources.statuses).toEqual(oneWinner(201));
    expect(await db.source.count({ where: { slug: "raced-note" } })).toBe(1);
    expect(await db.auditEntry.count({ where: { entity: "source", entityKey: "raced-note", action: "create" } })).toBe(1);

    // Each racer sends its own correction; those that read revision 1 before another landed conflict.
    let n = 0;
    const revisions = await race(
      revisionsRoute.POST,
      "/api/sources/raced-note/revisions",
      "POST",
      { slug: "raced-note" },
      () => form(`A note.\nCorrection ${++n}.\n`, { reason: "a race", mode: "save" })(),
      headers,
    );
    expect(revisions.statuses.every((s) => s === 201 || s === 409)).toBe(true);
    const landed = revisions.statuses.filter((s) => s === 201).length;
    expect(landed).toBeGreaterThanOrEqual(1);
    const source = await db.source.findUniqueOrThrow({ where: { slug: "raced-note" }, select: { revisions: { select: { revision: true } } } });
    expect(source.revisions.map((r) => r.revision).sort()).toEqual(Array.from({ length: landed + 1 }, (_, i) => i + 1));
  });
});
