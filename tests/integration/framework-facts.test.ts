import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sessionHeaders, TEST_PASSWORD, uploadSessionHeaders } from "../support/session-headers";
import { frameworksResponseSchema } from "@/lib/domain/api";
import { getDb } from "@/lib/server/db";
import { loadDatasetFile } from "@/lib/server/dataset/load-dataset-file";
import { loadPresetsFile } from "@/lib/server/dataset/load-presets-file";
import { readDataset } from "@/lib/server/dataset/read-dataset";
import { seedDatabase } from "@/lib/server/dataset/seed-database";
import { createUser } from "@/lib/server/users/create-user";
import * as frameworksRoute from "@/app/api/frameworks/route";
import * as frameworkRoute from "@/app/api/frameworks/[slug]/route";
import * as revertRoute from "@/app/api/history/[id]/revert/route";
import { GET as exportGET } from "@/app/api/export/route";
import { POST as importPOST } from "@/app/api/import/route";

const db = getDb();
const seed = loadDatasetFile();
beforeAll(async () => {
  await seedDatabase(db, seed, loadPresetsFile(seed));
  await createUser({ email: "facts-editor@example.org", name: "F", role: "editor", password: TEST_PASSWORD }, db);
});
afterAll(() => db.$disconnect());

const list = async (q: string) => frameworksRoute.GET(new Request(`http://test/api/frameworks?q=${encodeURIComponent(q)}`));
const slugsFor = async (q: string) => frameworksResponseSchema.parse(await (await list(q)).json()).frameworks.map((f) => f.slug);
const patch = async (slug: string, body: unknown) => {
  const request = new Request(`http://test/api/frameworks/${slug}`, {
    method: "PATCH",
    body: JSON.stringify(body),
    headers: await sessionHeaders("facts-editor@example.org"),
  });
  const response = await frameworkRoute.PATCH(request, { params: Promise.resolve({ slug }) });
  return { status: response.status, body: await response.json() };
};
const version = async (slug: string) => (await db.framework.findUniqueOrThrow({ where: { slug } })).version;
const exported = async (query: string) => Buffer.from(await (await exportGET(new Request(`http://test/api/export?${query}`))).arrayBuffer());

const LINE_860 = { document: "stepanova-2020", lineStart: 860, lineEnd: 860, quote: "the Russian “idea is still on the table”" };

describe("status, dates, lineage and aliases in the read API", () => {
  it("gives each seeded framework its status, a day-exact date with its precision and the lineage the paper gives", async () => {
    const body = frameworksResponseSchema.parse(await (await frameworksRoute.GET(new Request("http://test/api/frameworks"))).json());
    const by = new Map(body.frameworks.map((f) => [f.slug, f]));
    expect(Object.fromEntries(body.frameworks.map((f) => [f.slug, f.status]))).toEqual({
      "russia-gulf-concept": "proposal",
      hope: "proposal",
      "gcc-centric": "line-of-thought",
      "arab-nato": "bid",
      imsi: "operating-coalition",
    });
    expect(by.get("russia-gulf-concept")).toMatchObject({ announced: "2019-07-23", announcedPrecision: "day" });
    expect(by.get("imsi")).toMatchObject({ announced: "2019-09", announcedPrecision: "month" });
    expect(by.get("gcc-centric")).toMatchObject({ announced: null, announcedPrecision: null });
    expect(by.get("russia-gulf-concept")!.lineage.map((e) => e.date)).toEqual(["1990s", "2004", "2007"]);
    expect(by.get("hope")!.lineage.map((e) => e.date)).toEqual(["2007", "2015"]);
  });

  it("finds a framework by any alias, by name and by slug, case and punctuation aside; refuses an overlong query", async () => {
    expect(await slugsFor("IMSC")).toEqual(["imsi"]);
    expect(await slugsFor("international maritime security construct")).toEqual(["imsi"]);
    expect(await slugsFor("“Arab NATO”")).toEqual(["arab-nato"]);
    expect(await slugsFor("hormuz")).toEqual(["hope"]);
    expect(await slugsFor("no such thing")).toEqual([]);
    expect((await list("x".repeat(201))).status).toBe(400);
  });
});

describe("editing status, lineage and aliases", () => {
  it("saves them with one audit row per field, refuses a bad citation or a status without evidence, and reverts a change", async () => {
    const refused = await patch("gcc-centric", {
      lineage: [{ date: "2004", text: "A commentators' article on the idea.", citations: [{ ...LINE_860, lineStart: 861, lineEnd: 861 }] }],
      version: await version("gcc-centric"),
      reason: "test a bad citation",
    });
    expect(refused.status).toBe(400);
    expect(refused.body.issues[0].path).toMatch(/^lineage\[0\]\.citations\[0\]/);
    const noEvidence = await patch("gcc-centric", { status: null, version: await version("gcc-centric"), reason: "drop the status only" });
    expect(noEvidence.status).toBe(400);

    const saved = await patch("gcc-centric", { aliases: ["GCC-led collective security"], version: await version("gcc-centric"), reason: "an alias to test" });
    expect(saved.status).toBe(200);
    expect(saved.body.aliases).toEqual(["GCC-led collective security"]);
    expect(await slugsFor("gcc-led")).toEqual(["gcc-centric"]);
    const row = (await db.auditEntry.findFirst({ where: { entity: "framework", entityKey: "gcc-centric", field: "aliases" }, orderBy: { id: "desc" } }))!;
    expect(row).toMatchObject({ action: "update", before: [], after: ["GCC-led collective security"] });

    const request = new Request("http://test/x", {
      method: "POST",
      body: JSON.stringify({ reason: "no alias after all" }),
      headers: await sessionHeaders("facts-editor@example.org"),
    });
    const reverted = await revertRoute.POST(request, { params: Promise.resolve({ id: String(row.id) }) });
    expect(reverted.status).toBe(200);
    expect((await readDataset(db)).frameworks.find((f) => f.slug === "gcc-centric")!.aliases).toEqual([]);
  });
});

describe("exports and imports carry the new fields", () => {
  it("puts status, date and aliases in the CSV and the JSON export", async () => {
    const rows = Papa.parse<string[]>((await exported("format=csv")).toString("utf8").replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;
    const names = rows[0]!.slice(5);
    const row = (label: string) => Object.fromEntries(names.map((n, i) => [n, rows.find((r) => r[0] === label)![5 + i]]));
    expect(row("Status")["International Maritime Security Initiative"]).toBe("Operating coalition");
    expect(row("Announced")["Russia's Security Concept for the Gulf Area"]).toBe("23 July 2019");
    expect(row("Also known as")["International Maritime Security Initiative"]).toBe("International Maritime Security Construct; IMSC");
    const json = JSON.parse((await exported("format=json")).toString("utf8"));
    expect(json.schemaVersion).toBe(3);
    expect(json.dataset.frameworks.find((f: { slug: string }) => f.slug === "arab-nato")).toMatchObject({ status: "bid", aliases: ["Arab NATO"] });
  });

  it("still imports a schema-version-1 file: what it lacks becomes empty, shown as a change", async () => {
    const current = JSON.parse((await exported("format=json")).toString("utf8")).dataset;
    const v1 = {
      ...current,
      schemaVersion: 1,
      frameworks: current.frameworks.map(
        ({ status: _s, statusEvidence: _e, announcedCitations: _c, lineage: _l, aliases: _a, ...f }: Record<string, unknown>) => ({
          ...f,
          announced: typeof f.announced === "string" ? f.announced.slice(0, 7) : f.announced,
        }),
      ),
    };
    const form = new FormData();
    form.set("file", new File([JSON.stringify(v1)], "old.json"));
    form.set("mode", "preview");
    const response = await importPOST(
      new Request("http://test/api/import", { method: "POST", body: form, headers: await uploadSessionHeaders("facts-editor@example.org") }),
    );
    expect(response.status).toBe(200);
    const preview = await response.json();
    expect(preview.kind).toBe("dataset");
    expect(preview.diff.frameworks.changed).toEqual(expect.arrayContaining(["russia-gulf-concept", "imsi"]));
    expect(preview.diff.assessments.changed).toEqual([]);
  });
});
