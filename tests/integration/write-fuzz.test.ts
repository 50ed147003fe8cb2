import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/server/db";
import { loadDatasetFile } from "@/lib/server/dataset/load-dataset-file";
import { loadPresetsFile } from "@/lib/server/dataset/load-presets-file";
import { seedDatabase } from "@/lib/server/dataset/seed-database";
import { createUser } from "@/lib/server/users/create-user";
import * as actorRoute from "@/app/api/actors/[slug]/route";
import * as criterionRoute from "@/app/api/criteria/[slug]/route";
import * as frameworksRoute from "@/app/api/frameworks/route";
import * as frameworkRoute from "@/app/api/frameworks/[slug]/route";
import * as participantRoute from "@/app/api/frameworks/[slug]/participants/[actor]/route";
import * as revertRoute from "@/app/api/history/[id]/revert/route";
import * as scenariosRoute from "@/app/api/scenarios/route";
import * as scenarioRoute from "@/app/api/scenarios/[slug]/route";
import * as sessionRoute from "@/app/api/session/route";

const db = getDb();
const seed = loadDatasetFile();
beforeAll(async () => {
  await seedDatabase(db, seed, loadPresetsFile(seed));
  await createUser({ email: "fuzz@example.org", name: "F", role: "admin", password: "correct horse battery staple" }, db);
});
afterAll(() => db.$disconnect());

type Handler = (request: Request, context: { params: Promise<never> }) => Promise<Response>;
const endpoints: Array<[string, string, Handler, Record<string, string>]> = [
  ["POST /api/frameworks", "POST", frameworksRoute.POST as Handler, {}],
  ["PATCH /api/frameworks/hope", "PATCH", frameworkRoute.PATCH as Handler, { slug: "hope" }],
  ["DELETE /api/frameworks/imsi", "DELETE", frameworkRoute.DELETE as Handler, { slug: "imsi" }],
  ["PUT /api/frameworks/hope/participants/ir", "PUT", participantRoute.PUT as Handler, { slug: "hope", actor: "ir" }],
  ["DELETE /api/frameworks/hope/participants/sa", "DELETE", participantRoute.DELETE as Handler, { slug: "hope", actor: "sa" }],
  ["PUT /api/criteria/viability", "PUT", criterionRoute.PUT as Handler, { slug: "viability" }],
  ["PUT /api/actors/ir", "PUT", actorRoute.PUT as Handler, { slug: "ir" }],
  ["POST /api/history/1/revert", "POST", revertRoute.POST as Handler, { id: "1" }],
  ["POST /api/scenarios", "POST", scenariosRoute.POST as Handler, {}],
  ["PUT /api/scenarios/equal", "PUT", scenarioRoute.PUT as Handler, { slug: "equal" }],
  ["DELETE /api/scenarios/equal", "DELETE", scenarioRoute.DELETE as Handler, { slug: "equal" }],
];

describe("write endpoints under random bodies", () => {
  it.each(endpoints)("%s never answers with a 500", async (_name, method, handler, params) => {
    const login = await sessionRoute.POST(new Request("http://test/api/session", { method: "POST", body: JSON.stringify({ email: "fuzz@example.org", password: "correct horse battery staple" }), headers: { "x-forwarded-for": "fuzz" } }));
    const headers = { cookie: login.headers.get("set-cookie")!.split(";")[0]!, "x-csrf-token": (await login.json()).csrf as string };
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.jsonValue(), fc.dictionary(fc.constantFrom("version", "reason", "name", "role", "title", "scale", "citations", "value", "kind"), fc.jsonValue())), async (body) => {
        const response = await handler(new Request("http://test/x", { method, body: JSON.stringify(body), headers }), { params: Promise.resolve(params) as Promise<never> });
        expect(response.status).toBeLessThan(500);
      }),
      { numRuns: 60 },
    );
  });
});
