/// <reference types="vite/client" />
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sessionHeaders, TEST_PASSWORD } from "../support/session-headers";
import { getDb } from "@/lib/server/db";
import { loadDatasetFile } from "@/lib/server/dataset/load-dataset-file";
import { loadPresetsFile } from "@/lib/server/dataset/load-presets-file";
import { readDataset } from "@/lib/server/dataset/read-dataset";
import { seedDatabase } from "@/lib/server/dataset/seed-database";
import { createUser } from "@/lib/server/users/create-user";
import * as actorRoute from "@/app/api/actors/[slug]/route";
import * as criterionRoute from "@/app/api/criteria/[slug]/route";
import * as frameworksRoute from "@/app/api/frameworks/route";
import * as frameworkRoute from "@/app/api/frameworks/[slug]/route";
import * as assessmentRoute from "@/app/api/frameworks/[slug]/assessments/[criterion]/route";
import * as participantRoute from "@/app/api/frameworks/[slug]/participants/[actor]/route";
import * as revertRoute from "@/app/api/history/[id]/revert/route";
import * as importRoute from "@/app/api/import/route";
import * as scenariosRoute from "@/app/api/scenarios/route";
import * as scenarioRoute from "@/app/api/scenarios/[slug]/route";
import * as duplicateRoute from "@/app/api/scenarios/[slug]/duplicate/route";

const db = getDb();
const seed = loadDatasetFile();
beforeAll(async () => {
  await seedDatabase(db, seed, loadPresetsFile(seed));
  await createUser({ email: "guard-editor@example.org", name: "E", role: "editor", password: TEST_PASSWORD }, db);
  await createUser({ email: "guard-reader@example.org", name: "R", role: "reader", password: TEST_PASSWORD }, db);
  await createUser({ email: "guard-admin@example.org", name: "A", role: "admin", password: TEST_PASSWORD }, db);
  // One recorded change, so the revert endpoint has something it could undo.
  await db.auditEntry.create({ data: { actor: "x", action: "update", entity: "actor", entityKey: "iq", field: "name", before: "Iraq", after: "Republic of Iraq", reason: "setup" } });
});
afterAll(() => db.$disconnect());


const hope = seed.frameworks.find((f) => f.slug === "hope")!;
const { slug: _s, ...viability } = seed.criteria.find((c) => c.slug === "viability")!;
const { criterion: _c, ...hopeOnIran } = hope.assessments.find((a) => a.criterion === "acceptability-ir")!;
const { actor: _a, ...saInHope } = hope.participants.find((p) => p.actor === "sa")!;
const scenario = { title: "Guarded", rationale: "A scenario nobody may save unseen.", criterionWeights: {}, categoryWeights: {}, settings: { method: "wsm", missing: "mean", frameworks: [] } };

type Handler = (request: Request, context: { params: Promise<never> }) => Promise<Response>;
type Endpoint = { route: string; method: string; handler: Handler; params: Record<string, string>; body: unknown };
/** Every data write, each with a body it would accept from an editor. */
const endpoints: Endpoint[] = [
  { route: "/api/frameworks", method: "POST", handler: frameworksRoute.POST as Handler, params: {}, body: { slug: "guarded", name: "Guarded", shortName: "G", proposer: null, announced: null, summary: "A framework nobody may add unseen, anywhere.", summaryCitations: hope.summaryCitations, reason: "guard" } },
  { route: "/api/frameworks/[slug]", method: "PATCH", handler: frameworkRoute.PATCH as Handler, params: { slug: "hope" }, body: { shortName: "Changed", version: 1, reason: "guard" } },
  { route: "/api/frameworks/[slug]", method: "DELETE", handler: frameworkRoute.DELETE as Handler, params: { slug: "hope" }, body: { version: 1, reason: "guard" } },
  { route: "/api/frameworks/[slug]/assessments/[criterion]", method: "PUT", handler: assessmentRoute.PUT as Handler, params: { slug: "hope", criterion: "acceptability-ir" }, body: { ...hopeOnIran, value: 2, version: 1, reason: "guard" } },
  { route: "/api/frameworks/[slug]/participants/[actor]", method: "PUT", handler: participantRoute.PUT as Handler, params: { slug: "hope", actor: "sa" }, body: { ...saInHope, role: "observer", version: 1, reason: "guard" } },
  { route: "/api/frameworks/[slug]/participants/[actor]", method: "DELETE", handler: participantRoute.DELETE as Handler, params: { slug: "hope", actor: "sa" }, body: { version: 1, reason: "guard" } },
  { route: "/api/criteria/[slug]", method: "PUT", handler: criterionRoute.PUT as Handler, params: { slug: "viability" }, body: { ...viability, name: "Changed", version: 1, reason: "guard" } },
  { route: "/api/actors/[slug]", method: "PUT", handler: actorRoute.PUT as Handler, params: { slug: "iq" }, body: { name: "Changed", kind: "state", group: "gulf-littoral", worldPower: false, version: 1, reason: "guard" } },
  { route: "/api/history/[id]/revert", method: "POST", handler: revertRoute.POST as Handler, params: { id: "1" }, body: { reason: "guard" } },
  { route: "/api/scenarios", method: "POST", handler: scenariosRoute.POST as Handler, params: {}, body: scenario },
  { route: "/api/scenarios/[slug]", method: "PUT", handler: scenarioRoute.PUT as Handler, params: { slug: "equal" }, body: { ...scenario, version: 1 } },
  { route: "/api/scenarios/[slug]", method: "DELETE", handler: scenarioRoute.DELETE as Handler, params: { slug: "equal" }, body: { version: 1 } },
  { route: "/api/scenarios/[slug]/duplicate", method: "POST", handler: duplicateRoute.POST as Handler, params: { slug: "equal" }, body: {} },
];

const everything = async () => ({
  data: await readDataset(db),
  audit: await db.auditEntry.count(),
  scenarios: await db.scenario.findMany({ orderBy: { id: "asc" } }),
});
const call = (e: Endpoint, headers: Record<string, string>) =>
  e.handler(new Request(`http://test${e.route}`, { method: e.method, body: JSON.stringify(e.body), headers }), { params: Promise.resolve(e.params) as Promise<never> });

describe("every write endpoint", () => {
  it("is in this list: a new write route must join it (sign-in and sign-out, /api/analyze and the catch-all 404 are not data writes)", () => {
    const modules = import.meta.glob("/app/api/**/route.ts", { eager: true }) as Record<string, Record<string, unknown>>;
    const found = Object.entries(modules).flatMap(([file, exports]) =>
      ["POST", "PUT", "PATCH", "DELETE"].filter((method) => typeof exports[method] === "function").map((method) => `${method} ${file.replace(/^\/app/, "").replace(/\/route\.ts$/, "")}`),
    );
    const notDataWrites = ["POST /api/session", "DELETE /api/session", "POST /api/analyze", ...["POST", "PUT", "PATCH", "DELETE"].map((m) => `${m} /api/[...path]`)];
    const listed = [...endpoints.map((e) => `${e.method} ${e.route}`), "POST /api/import", ...notDataWrites];
    expect(found.sort()).toEqual([...new Set(listed)].sort());
  });

  it.each(endpoints)("$method $route: 401 without a session, 403 for a reader, 403 without the CSRF token; nothing changes", async (e) => {
    const before = await everything();
    expect((await call(e, {})).status).toBe(401);
    expect((await call(e, await sessionHeaders("guard-reader@example.org"))).status).toBe(403);
    const { cookie } = await sessionHeaders("guard-editor@example.org");
    expect((await call(e, { cookie })).status).toBe(403);
    expect((await call(e, { cookie, "x-csrf-token": "forged" })).status).toBe(403);
    expect(await everything()).toEqual(before);
  });

  it.each(endpoints)("$method $route: the same request from an admin with the token gets past the guard (the control)", async (e) => {
    const status = (await call(e, await sessionHeaders("guard-admin@example.org"))).status;
    expect([401, 403]).not.toContain(status);
    expect(status).toBeLessThan(500);
  });

  it("POST /api/import (apply): 401, 403 and 403 likewise; nothing changes", async () => {
    const before = await everything();
    const changed = structuredClone(seed);
    changed.frameworks[0]!.name = "Changed by an unguarded import";
    const upload = (headers: Record<string, string>) => {
      const form = new FormData();
      form.set("file", new File([JSON.stringify({ schemaVersion: 1, dataset: changed })], "changed.json"));
      form.set("mode", "apply");
      form.set("reason", "guard");
      return importRoute.POST(new Request("http://test/api/import", { method: "POST", body: form, headers }));
    };
    expect((await upload({})).status).toBe(401);
    expect((await upload(await sessionHeaders("guard-reader@example.org"))).status).toBe(403);
    expect((await upload({ cookie: (await sessionHeaders("guard-editor@example.org")).cookie })).status).toBe(403);
    expect((await upload({ cookie: (await sessionHeaders("guard-editor@example.org")).cookie, "x-csrf-token": "forged" })).status).toBe(403);
    expect(await everything()).toEqual(before);
  });
});
