import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sessionHeaders, TEST_PASSWORD } from "../support/session-headers";
import {
  actorsResponseSchema,
  assessmentResponseSchema,
  criteriaResponseSchema,
  errorResponseSchema,
  frameworkResponseSchema,
  frameworksResponseSchema,
  sourcesResponseSchema,
} from "@/lib/domain/api";
import { SEED_FRAMEWORKS } from "@/lib/domain/vocabulary";
import { getDb } from "@/lib/server/db";
import { loadDatasetFile } from "@/lib/server/dataset/load-dataset-file";
import { writeDataset } from "@/lib/server/dataset/write-dataset";
import { createUser } from "@/lib/server/users/create-user";
import * as actorRoute from "@/app/api/actors/[slug]/route";
import * as assessmentRoute from "@/app/api/frameworks/[slug]/assessments/[criterion]/route";
import * as criterionRoute from "@/app/api/criteria/[slug]/route";
import * as participantRoute from "@/app/api/frameworks/[slug]/participants/[actor]/route";
import * as actorsRoute from "@/app/api/actors/route";
import * as criteriaRoute from "@/app/api/criteria/route";
import * as frameworkRoute from "@/app/api/frameworks/[slug]/route";
import * as frameworksRoute from "@/app/api/frameworks/route";
import * as sourcesRoute from "@/app/api/sources/route";
import * as unknownRoute from "@/app/api/[...path]/route";

const db = getDb();
const dataset = loadDatasetFile();

beforeAll(async () => {
  await writeDataset(db, dataset);
  await createUser({ email: "reader-api-editor@example.org", name: "E", role: "editor", password: TEST_PASSWORD }, db);
});
afterAll(() => db.$disconnect());

const slugRequest = (slug: string, headers: Record<string, string> = {}) =>
  frameworkRoute.GET(new Request(`http://test/api/frameworks/${slug}`, { headers }), { params: Promise.resolve({ slug }) });

const assessmentRequest = (slug: string, criterion: string, headers: Record<string, string> = {}) =>
  assessmentRoute.GET(new Request(`http://test/api/frameworks/${slug}/assessments/${criterion}`, { headers }), {
    params: Promise.resolve({ slug, criterion }),
  });

/** A record of the read API as the dataset file holds it: without the versions and the derived date precision the API adds. */
function withoutVersions<T extends { version: number }>({ version: _version, ...rest }: T) {
  return rest;
}
const frameworkAsInDataset = ({ announcedPrecision: _p, ...f }: ReturnType<typeof frameworkResponseSchema.parse>) => ({
  ...withoutVersions(f),
  participants: f.participants.map(withoutVersions),
  assessments: f.assessments.map(withoutVersions),
});

describe("read API against the seeded database", () => {
  it("GET /api/frameworks lists the five frameworks in the DOMAIN.md shape", async () => {
    const response = await frameworksRoute.GET(new Request("http://test/api/frameworks"));
    expect(response.status).toBe(200);
    const body = frameworksResponseSchema.parse(await response.json());
    expect(body.frameworks.map((f) => f.slug)).toEqual(expect.arrayContaining([...SEED_FRAMEWORKS]));
    expect(body.frameworks.map(frameworkAsInDataset)).toEqual(dataset.frameworks);
  });

  it("GET /api/frameworks/{slug} returns one framework", async () => {
    const response = await slugRequest("hope");
    expect(response.status).toBe(200);
    const body = frameworkResponseSchema.parse(await response.json());
    expect(frameworkAsInDataset(body)).toEqual(dataset.frameworks.find((f) => f.slug === "hope"));
    expect(body.assessments.every((a) => a.rationale.length > 0 && a.citations.length > 0)).toBe(true);
  });

  it.each(["no-such-framework", "NOT A SLUG", "..%2F..%2Fetc"])("GET /api/frameworks/%s is a JSON 404", async (slug) => {
    const response = await slugRequest(slug);
    expect(response.status).toBe(404);
    expect(errorResponseSchema.parse(await response.json()).error).toMatch(/not found/);
  });

  it("GET /api/criteria, /api/actors and /api/sources return their lists", async () => {
    const criteria = criteriaResponseSchema.parse(await (await criteriaRoute.GET(new Request("http://test/api/criteria"))).json()).criteria;
    expect(criteria.map(withoutVersions)).toEqual(dataset.criteria);
    const actors = actorsResponseSchema.parse(await (await actorsRoute.GET(new Request("http://test/api/actors"))).json()).actors;
    expect(actors.map(withoutVersions)).toEqual(dataset.actors);
    const sources = sourcesResponseSchema.parse(await (await sourcesRoute.GET(new Request("http://test/api/sources"))).json()).sources;
    const { revisions, ...paper } = dataset.sources[0]!;
    // The current revision (the shipped paper's only one) and every claim of the seed resting on the paper.
    const claims = dataset.frameworks.reduce(
      (n, f) => n + 1 + (f.statusEvidence ? 1 : 0) + (f.announcedCitations.length ? 1 : 0) + f.lineage.length + f.participants.length + f.assessments.length,
      0,
    );
    expect(sources).toEqual([{ ...paper, lineCount: 983, revision: 1, sha256: revisions[0]!.sha256, claims }]);
  });

  it("GET /api/frameworks/{slug}/assessments/{criterion} returns the assessment record a matrix cell opens", async () => {
    const response = await assessmentRequest("hope", "acceptability-ir");
    expect(response.status).toBe(200);
    const body = assessmentResponseSchema.parse(await response.json());
    const inDataset = dataset.frameworks.find((f) => f.slug === "hope")!.assessments.find((a) => a.criterion === "acceptability-ir");
    expect(withoutVersions(body)).toEqual(inDataset);
    expect(body.version).toBeGreaterThanOrEqual(1);
    // The same record the framework's own read carries.
    const hope = frameworkResponseSchema.parse(await (await slugRequest("hope")).json());
    expect(hope.assessments.find((a) => a.criterion === "acceptability-ir")).toEqual(body);
  });

  it.each([
    ["no-such-framework", "acceptability-ir"],
    ["hope", "no-such-criterion"],
    ["NOT A SLUG", "acceptability-ir"],
    ["hope", "..%2F..%2Fetc"],
  ])("GET /api/frameworks/%s/assessments/%s is a JSON 404", async (slug, criterion) => {
    const response = await assessmentRequest(slug, criterion);
    expect(response.status).toBe(404);
    expect(errorResponseSchema.parse(await response.json()).error).toMatch(/not found/);
  });

  it("an unknown API route is a JSON 404", async () => {
    const response = await unknownRoute.GET(new Request("http://test/api/nothing/here"));
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: "no API route at /api/nothing/here" });
  });

  it("every record carries the version a write must name, and a write with it lands and moves it on", async () => {
    const headers = await sessionHeaders("reader-api-editor@example.org");
    const send = (handler: unknown, params: Record<string, string>, method: string, body: unknown) =>
      (handler as (r: Request, c: { params: Promise<Record<string, string>> }) => Promise<Response>)(
        new Request("http://test/api/x", { method, headers, body: JSON.stringify(body) }),
        { params: Promise.resolve(params) },
      );
    const hope = frameworkResponseSchema.parse(await (await slugRequest("hope")).json());
    const { criterion, version, ...onIran } = hope.assessments.find((a) => a.criterion === "acceptability-ir")!;
    expect((await send(assessmentRoute.PUT, { slug: "hope", criterion }, "PUT", { ...onIran, value: 1, version, reason: "read then write" })).status).toBe(200);
    const { actor, version: roleVersion, ...saRole } = hope.participants.find((p) => p.actor === "sa")!;
    expect(
      (await send(participantRoute.PUT, { slug: "hope", actor }, "PUT", { ...saRole, role: "observer", version: roleVersion, reason: "read then write" }))
        .status,
    ).toBe(200);
    expect((await send(frameworkRoute.PATCH, { slug: "hope" }, "PATCH", { shortName: "HOPE!", version: hope.version, reason: "read then write" })).status).toBe(
      200,
    );

    const viability = criteriaResponseSchema
      .parse(await (await criteriaRoute.GET(new Request("http://test/api/criteria"))).json())
      .criteria.find((c) => c.slug === "viability")!;
    const { slug: _slug, ...criterionBody } = viability;
    expect((await send(criterionRoute.PUT, { slug: "viability" }, "PUT", { ...criterionBody, name: "Viability!", reason: "read then write" })).status).toBe(
      200,
    );
    const iraq = actorsResponseSchema.parse(await (await actorsRoute.GET(new Request("http://test/api/actors"))).json()).actors.find((a) => a.slug === "iq")!;
    const { slug: _iq, ...actorBody } = iraq;
    expect((await send(actorRoute.PUT, { slug: "iq" }, "PUT", { ...actorBody, name: "Republic of Iraq", reason: "read then write" })).status).toBe(200);

    const after = frameworkResponseSchema.parse(await (await slugRequest("hope")).json());
    expect(after.version).toBe(hope.version + 1);
    expect(after.assessments.find((a) => a.criterion === "acceptability-ir")!.version).toBe(version + 1);
    expect(after.participants.find((p) => p.actor === "sa")!.version).toBe(roleVersion + 1);
    // The read a client made before is now stale: writing with its version is a 409.
    expect((await send(frameworkRoute.PATCH, { slug: "hope" }, "PATCH", { shortName: "HOPE?", version: hope.version, reason: "stale" })).status).toBe(409);
  });

  it("GET /api/frameworks/{slug} answers 304 to its ETag until a write, then the new record", async () => {
    const first = await slugRequest("imsi");
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"framework:imsi@\d+"$/);
    expect((await slugRequest("imsi", { "if-none-match": `W/${etag}` })).status).toBe(304);
    const imsi = frameworkResponseSchema.parse(await first.json());
    const headers = await sessionHeaders("reader-api-editor@example.org");
    const patched = await frameworkRoute.PATCH(
      new Request("http://test/api/frameworks/imsi", {
        method: "PATCH",
        headers,
        body: JSON.stringify({ shortName: "IMSI!", version: imsi.version, reason: "etag" }),
      }),
      { params: Promise.resolve({ slug: "imsi" }) as Promise<never> },
    );
    expect(patched.status).toBe(200);
    const changed = await slugRequest("imsi", { "if-none-match": etag });
    expect(changed.status).toBe(200);
    expect(frameworkResponseSchema.parse(await changed.json()).shortName).toBe("IMSI!");
  });

  it("GET /api/frameworks/{slug}/assessments/{criterion} answers 304 to its ETag until a write, then the new record", async () => {
    const first = await assessmentRequest("imsi", "viability");
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"assessment:imsi\/viability@\d+"$/);
    expect(first.headers.get("cache-control")).toBe("public, no-cache");
    expect((await assessmentRequest("imsi", "viability", { "if-none-match": etag })).status).toBe(304);
    const { criterion: _criterion, version, ...record } = assessmentResponseSchema.parse(await first.json());
    const headers = await sessionHeaders("reader-api-editor@example.org");
    const put = await assessmentRoute.PUT(
      new Request("http://test/api/frameworks/imsi/assessments/viability", {
        method: "PUT",
        headers,
        body: JSON.stringify({ ...record, rationale: `${record.rationale} (checked again)`, version, reason: "etag" }),
      }),
      { params: Promise.resolve({ slug: "imsi", criterion: "viability" }) as Promise<never> },
    );
    expect(put.status).toBe(200);
    const changed = await assessmentRequest("imsi", "viability", { "if-none-match": etag });
    expect(changed.status).toBe(200);
    const after = assessmentResponseSchema.parse(await changed.json());
    expect(after.rationale).toBe(`${record.rationale} (checked again)`);
    expect(after.version).toBe(version + 1);
  });
});
