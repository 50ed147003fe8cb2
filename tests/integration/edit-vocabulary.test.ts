import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issuesSaidOtherwise } from "../support/issues-in-english";
import { sessionHeaders, TEST_PASSWORD } from "../support/session-headers";
import { datasetSchema } from "@/lib/domain/dataset";
import { getDb } from "@/lib/server/db";
import { loadDatasetFile } from "@/lib/server/dataset/load-dataset-file";
import { readDataset } from "@/lib/server/dataset/read-dataset";
import { writeDataset } from "@/lib/server/dataset/write-dataset";
import { createUser } from "@/lib/server/users/create-user";
import { PUT as putActor } from "@/app/api/actors/[slug]/route";
import { PUT as putCriterion } from "@/app/api/criteria/[slug]/route";

const db = getDb();
const seed = loadDatasetFile();
beforeAll(async () => {
  await writeDataset(db, seed);
  await createUser({ email: "vocab@example.org", name: "V", role: "editor", password: TEST_PASSWORD }, db);
});
afterAll(() => db.$disconnect());

const editorHeaders = () => sessionHeaders("vocab@example.org");
const call = (route: typeof putActor, path: string, slug: string, body: unknown, headers: Record<string, string> = {}) =>
  route(new Request(`http://test/api/${path}/${slug}`, { method: "PUT", body: JSON.stringify(body), headers }), { params: Promise.resolve({ slug }) });
const state = async () => ({ data: await readDataset(db), audit: await db.auditEntry.count() });

const scale = {
  min: 0,
  max: 2,
  labels: [
    { value: 0, label: "no" },
    { value: 1, label: "partly" },
    { value: 2, label: "yes" },
  ],
};
const newCriterion = {
  name: "Maritime confidence-building",
  category: "military-cbm",
  description: "Whether the framework proposes maritime incident rules.",
  scale,
  direction: "benefit",
  version: 0,
  reason: "A criterion the paper's debate suggests",
};

describe("PUT /api/criteria/{slug} and /api/actors/{slug}", () => {
  it("answers each refused field with its English message as before, and a code with its parameters for a page to say it", async () => {
    const headers = await editorHeaders();
    const criterion = await call(putCriterion, "criteria", "maritime-cbm", { ...newCriterion, name: "x".repeat(161), reason: "a" }, headers);
    expect(criterion.status).toBe(400);
    expect((await criterion.json()).issues).toEqual([
      { path: "name", message: "must be at most 160 characters", code: "stringTooLong", params: { maximum: 160 } },
      { path: "reason", message: "say why in a few words", code: "reasonTooShort" },
    ]);
    const actor = await call(
      putActor,
      "actors",
      "turkey",
      { name: "Turkey", kind: "state", group: "regional", worldPower: false, version: 0, reason: "Adding Turkey" },
      headers,
    );
    expect((await actor.json()).issues).toEqual([
      { path: "slug", message: "a state's slug must be its ISO 3166-1 alpha-2 code in lower case", code: "notIsoCode" },
    ]);
  });

  it("refuses anonymous writes and invalid bodies, changing nothing", async () => {
    const before = await state();
    expect((await call(putCriterion, "criteria", "maritime-cbm", newCriterion)).status).toBe(401);
    const headers = await editorHeaders();
    expect((await call(putCriterion, "criteria", "maritime-cbm", { ...newCriterion, category: "nowhere" }, headers)).status).toBe(400);
    expect((await call(putCriterion, "criteria", "maritime-cbm", { ...newCriterion, scale: { ...scale, max: -1 } }, headers)).status).toBe(400);
    expect(
      (
        await call(
          putActor,
          "actors",
          "turkey",
          { name: "Turkey", kind: "state", group: "regional", worldPower: false, version: 0, reason: "Adding Turkey" },
          headers,
        )
      ).status,
    ).toBe(400);
    expect(await state()).toEqual(before);
  });

  it("adds a criterion with an empty assessment for every framework, keeping the dataset valid", async () => {
    const headers = await editorHeaders();
    const response = await call(putCriterion, "criteria", "maritime-cbm", newCriterion, headers);
    expect(response.status).toBe(200);
    const data = await readDataset(db);
    expect(datasetSchema.safeParse(data).success).toBe(true);
    for (const f of data.frameworks) expect(f.assessments.find((a) => a.criterion === "maritime-cbm")).toMatchObject({ value: null, confidence: "low" });
    expect((await call(putCriterion, "criteria", "maritime-cbm", newCriterion, headers)).status).toBe(409);
  });

  it("refuses scales too long to list (one once exhausted the heap of every page showing it)", async () => {
    const headers = await editorHeaders();
    const before = await state();
    for (const [min, max] of [
      [0, 2147483648],
      [0, 1_000_000],
      [-1001, 0],
      [0, 101],
      [0.5, 2],
    ]) {
      const response = await call(
        putCriterion,
        "criteria",
        "huge-scale",
        {
          ...newCriterion,
          scale: {
            min,
            max,
            labels: [
              { value: min, label: "low" },
              { value: max, label: "high" },
            ],
          },
        },
        headers,
      );
      expect(response.status, `${min}..${max}`).toBe(400);
      expect((await response.json()).issues.map((i: { path: string }) => i.path).join(" ")).toMatch(/scale/);
    }
    expect(await state()).toEqual(before);
    const longest = await call(
      putCriterion,
      "criteria",
      "percent",
      {
        ...newCriterion,
        name: "Percent",
        scale: {
          min: 0,
          max: 100,
          labels: [
            { value: 0, label: "none" },
            { value: 100, label: "all" },
          ],
        },
      },
      headers,
    );
    expect(longest.status).toBe(200);
  });

  it("refuses a new scale that strands recorded values", async () => {
    const headers = await editorHeaders();
    const current = seed.criteria.find((c) => c.slug === "acceptability-ir")!;
    const response = await call(
      putCriterion,
      "criteria",
      "acceptability-ir",
      { ...current, slug: undefined, scale: { min: 0, max: 2, labels: scale.labels }, version: 1, reason: "Narrow the scale" },
      headers,
    );
    expect(response.status).toBe(400);
    const { issues } = (await response.json()) as { issues: Array<{ message: string; code: string; params: Record<string, string | number> }> };
    expect(issues.map((i) => i.message).join(" ")).toMatch(/has -2, outside 0..2/);
    // Each stranded value as a code: its English from the messages is the API's, word for word.
    expect(new Set(issues.map((i) => i.code))).toEqual(new Set(["valueStranded"]));
    expect(issuesSaidOtherwise(issues)).toEqual([]);
  });

  it("refuses a path whose slug is not one, as a code the pages say in their language", async () => {
    const headers = await editorHeaders();
    const body = (record: { slug?: string }) => ({ ...record, slug: undefined, version: 0, reason: "A record under a bad slug" });
    for (const [route, path, record] of [
      [putCriterion, "criteria", seed.criteria[0]!],
      [putActor, "actors", seed.actors.find((a) => a.kind !== "state")!],
    ] as const) {
      const response = await call(route, path, "Not_A_Slug", body(record), headers);
      expect(response.status).toBe(400);
      const refused = await response.json();
      expect(refused.issues).toEqual([{ path: "slug", message: "must be lower-case letters and digits joined by hyphens", code: "notPathSlug" }]);
      expect(issuesSaidOtherwise(refused.issues)).toEqual([]);
    }
  });

  it("adds and changes an actor, with versions and audit rows", async () => {
    const headers = await editorHeaders();
    const created = await call(
      putActor,
      "actors",
      "tr",
      { name: "Turkey", kind: "state", group: "regional", worldPower: false, version: 0, reason: "Adding Turkey" },
      headers,
    );
    expect(await created.json()).toMatchObject({ slug: "tr", version: 1 });
    const renamed = await call(
      putActor,
      "actors",
      "tr",
      { name: "Türkiye", kind: "state", group: "regional", worldPower: false, version: 1, reason: "Official name" },
      headers,
    );
    expect(await renamed.json()).toMatchObject({ name: "Türkiye", version: 2 });
    const audit = await db.auditEntry.findMany({ where: { entity: "actor", entityKey: "tr" }, orderBy: { id: "asc" } });
    expect(audit.at(-1)).toMatchObject({ field: "name", before: "Turkey", after: "Türkiye", reason: "Official name" });
  });
});
