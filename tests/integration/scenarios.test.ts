import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sessionHeaders, TEST_PASSWORD } from "../support/session-headers";
import { getDb } from "@/lib/server/db";
import { loadDatasetFile } from "@/lib/server/dataset/load-dataset-file";
import { loadPresetsFile } from "@/lib/server/dataset/load-presets-file";
import { seedDatabase } from "@/lib/server/dataset/seed-database";
import { listPresets } from "@/lib/server/scenarios/list-presets";
import { createUser } from "@/lib/server/users/create-user";
import type { Scenario } from "@/lib/domain/scenario";
import * as scenariosRoute from "@/app/api/scenarios/route";
import * as scenarioRoute from "@/app/api/scenarios/[slug]/route";
import * as duplicateRoute from "@/app/api/scenarios/[slug]/duplicate/route";
import { GET as exportView } from "@/app/api/export/route";
import { sheetWords } from "@/lib/export/sheet-words";

const db = getDb();
const seed = loadDatasetFile();
beforeAll(async () => {
  await seedDatabase(db, seed, loadPresetsFile(seed));
  await createUser({ email: "author@example.org", name: "A", role: "editor", password: TEST_PASSWORD }, db);
  await createUser({ email: "other@example.org", name: "O", role: "editor", password: TEST_PASSWORD }, db);
});
afterAll(() => db.$disconnect());

const view = {
  title: "Littoral ownership first",
  rationale: "Weighs who owns the arrangement above everything else.",
  criterionWeights: { "regional-ownership": 100, "inclusion-all-littoral": 90 },
  categoryWeights: { "outside-powers": 100 },
  settings: { method: "topsis", missing: "worst", frameworks: ["hope", "gcc-centric", "imsi"] },
};
const post = <P>(
  route: { POST: (r: Request, c: { params: Promise<P> }) => Promise<Response> },
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
  params = {} as P,
) => route.POST(new Request(url, { method: "POST", body: JSON.stringify(body), headers }), { params: Promise.resolve(params) });

describe("scenarios", () => {
  it("lists the stakeholder presets with the /compare link that opens each", async () => {
    const { scenarios } = await (await scenariosRoute.GET(new Request("http://test/api/scenarios"))).json();
    expect(scenarios.filter((s: { preset: boolean }) => s.preset)).toHaveLength(6);
    expect(scenarios.find((s: { slug: string }) => s.slug === "iranian-perspective").compare).toBe("/compare?preset=iranian-perspective");
  });

  it("saves a view for a signed-in editor only, and opens it with its weights and settings", async () => {
    expect((await post(scenariosRoute, "http://test/api/scenarios", view)).status).toBe(401);
    const created = await post(scenariosRoute, "http://test/api/scenarios", view, await sessionHeaders("author@example.org"));
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({ slug: "littoral-ownership-first", author: "author@example.org", version: 1 });
    const { scenarios } = await (await scenariosRoute.GET(new Request("http://test/api/scenarios"))).json();
    const saved = scenarios.find((s: { slug: string }) => s.slug === "littoral-ownership-first");
    const query = new URLSearchParams(saved.compare.split("?")[1]);
    expect(Object.fromEntries(query)).toEqual({
      w: "regional-ownership:100,inclusion-all-littoral:90",
      cw: "outside-powers:100",
      method: "topsis",
      missing: "worst",
      fw: "hope,gcc-centric,imsi",
      scenario: "littoral-ownership-first",
      sv: "1",
    });
    const invalid = await post(
      scenariosRoute,
      "http://test/api/scenarios",
      { ...view, criterionWeights: { "regional-ownership": 150 } },
      await sessionHeaders("author@example.org"),
    );
    expect(invalid.status).toBe(400);
  });

  it("names a scenario's author to readers, and gives the e-mail to editors only", async () => {
    const listed = async (headers: Record<string, string> = {}) =>
      ((await (await scenariosRoute.GET(new Request("http://test/api/scenarios", { headers }))).json()).scenarios as Scenario[]).find(
        (s) => s.slug === "littoral-ownership-first",
      )!;
    const anonymous = await listed();
    expect(JSON.stringify(anonymous)).not.toContain("author@example.org");
    expect(anonymous.author).toBe((await db.user.findUniqueOrThrow({ where: { email: "author@example.org" } })).name);
    expect(await listed(await sessionHeaders("author@example.org"))).toMatchObject({ authorEmail: "author@example.org" });
  });

  it("opens under its title in the exports of its link, in any language, and as Custom (from <title>) once a weight moves", async () => {
    const { scenarios } = await (await scenariosRoute.GET(new Request("http://test/api/scenarios"))).json();
    const link = scenarios.find((s: { slug: string }) => s.slug === "littoral-ownership-first").compare.split("?")[1];
    const weightsLine = async (query: string, locale: "en" | "ar") => {
      const csv = await (await exportView(new Request(`http://test/api/export?format=csv&locale=${locale}&${query}`))).text();
      const label = sheetWords(locale).t("settings.weights");
      return csv.split(/\r?\n/).find((line) => line.startsWith(`${label},`));
    };
    expect(await weightsLine(link, "en")).toBe("Weights,Littoral ownership first");
    expect(await weightsLine(link, "ar")).toBe(`${sheetWords("ar").t("settings.weights")},\u2068Littoral ownership first\u2069`);
    const moved = new URLSearchParams(link);
    moved.set("cw", "outside-powers:90");
    expect(await weightsLine(moved.toString(), "en")).toBe("Weights,Custom (from Littoral ownership first)");
  });

  it("lets only its author change it, with versions; anyone signed in may duplicate it", async () => {
    const put = (body: unknown, headers: Record<string, string>, slug = "littoral-ownership-first") =>
      scenarioRoute.PUT(new Request(`http://test/api/scenarios/${slug}`, { method: "PUT", body: JSON.stringify(body), headers }), {
        params: Promise.resolve({ slug }),
      });
    expect((await put({ ...view, title: "Hijacked", version: 1 }, await sessionHeaders("other@example.org"))).status).toBe(403);
    expect((await put({ ...view, title: "Preset edit", version: 1 }, await sessionHeaders("author@example.org"), "iranian-perspective")).status).toBe(403);
    const ok = await put({ ...view, title: "Littoral ownership, first of all", version: 1 }, await sessionHeaders("author@example.org"));
    expect(await ok.json()).toMatchObject({ title: "Littoral ownership, first of all", version: 2 });
    expect((await put({ ...view, version: 1 }, await sessionHeaders("author@example.org"))).status).toBe(409);
    const copy = await post(duplicateRoute, "http://test/api/scenarios/littoral-ownership-first/duplicate", {}, await sessionHeaders("other@example.org"), {
      slug: "littoral-ownership-first",
    });
    expect(await copy.json()).toMatchObject({ author: "other@example.org", title: "Littoral ownership, first of all (copy)", settings: view.settings });
    const presetCopy = await post(
      duplicateRoute,
      "http://test/api/scenarios/european-mediator/duplicate",
      { title: "My mediator" },
      await sessionHeaders("other@example.org"),
      { slug: "european-mediator" },
    );
    expect(await presetCopy.json()).toMatchObject({ slug: "my-mediator", preset: false });
  });

  it("keeps a view's value functions: saved, listed, in its link, kept on rename, cleared by an update without them; a preset's come with their reasons", async () => {
    const headers = await sessionHeaders("author@example.org");
    const valueFunctions = {
      "stance-toward-iran": { direction: "cost" },
      "escalation-risk": {
        points: [
          [0, 1],
          [1, 0.6],
          [2, 0],
        ],
      },
    };
    const created = await post(scenariosRoute, "http://test/api/scenarios", { ...view, title: "Containment first", valueFunctions }, headers);
    expect(created.status).toBe(201);
    const body = await created.json();
    expect(body.valueFunctions).toEqual(valueFunctions);
    const listed = (await (await scenariosRoute.GET(new Request("http://test/api/scenarios"))).json()).scenarios.find(
      (s: { slug: string }) => s.slug === body.slug,
    );
    expect(new URLSearchParams(listed.compare.split("?")[1]).get("vf")).toBe("stance-toward-iran:cost,escalation-risk:0=1;1=0.6;2=0");
    const put = (change: unknown) =>
      scenarioRoute.PUT(new Request(`http://test/api/scenarios/${body.slug}`, { method: "PUT", body: JSON.stringify(change), headers }), {
        params: Promise.resolve({ slug: body.slug }),
      });
    const { slug: _slug, author: _author, preset: _preset, ...fields } = body;
    const renamed = await put({ ...fields, title: "Containment above all" });
    expect((await renamed.json()).valueFunctions).toEqual(valueFunctions);
    const { valueFunctions: _gone, ...without } = fields;
    const cleared = await put({ ...without, version: 2 });
    expect((await cleared.json()).valueFunctions).toBeUndefined();
    const bad = await post(
      scenariosRoute,
      "http://test/api/scenarios",
      { ...view, title: "Bad values", valueFunctions: { "escalation-risk": { points: [[0, 2]] } } },
      headers,
    );
    expect(bad.status).toBe(400);
    const presets = await listPresets(db);
    expect(presets.find((p) => p.slug === "us-gulf-deterrence")!.valueFunctions!["stance-toward-iran"]).toMatchObject({
      direction: "cost",
      rationale: expect.stringMatching(/opposing Iran/),
    });
  });
});
