import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  actorsResponseSchema,
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
});
afterAll(() => db.$disconnect());

const slugRequest = (slug: string) => frameworkRoute.GET(new Request(`http://test/api/frameworks/${slug}`), { params: Promise.resolve({ slug }) });

describe("read API against the seeded database", () => {
  it("GET /api/frameworks lists the five frameworks in the DOMAIN.md shape", async () => {
    const response = await frameworksRoute.GET(new Request("http://test/api/frameworks"));
    expect(response.status).toBe(200);
    const body = frameworksResponseSchema.parse(await response.json());
    expect(body.frameworks.map((f) => f.slug)).toEqual(expect.arrayContaining([...SEED_FRAMEWORKS]));
    expect(body.frameworks).toEqual(dataset.frameworks);
  });

  it("GET /api/frameworks/{slug} returns one framework", async () => {
    const response = await slugRequest("hope");
    expect(response.status).toBe(200);
    const body = frameworkResponseSchema.parse(await response.json());
    expect(body).toEqual(dataset.frameworks.find((f) => f.slug === "hope"));
    expect(body.assessments.every((a) => a.rationale.length > 0 && a.citations.length > 0)).toBe(true);
  });

  it.each(["no-such-framework", "NOT A SLUG", "..%2F..%2Fetc"])("GET /api/frameworks/%s is a JSON 404", async (slug) => {
    const response = await slugRequest(slug);
    expect(response.status).toBe(404);
    expect(errorResponseSchema.parse(await response.json()).error).toMatch(/not found/);
  });

  it("GET /api/criteria, /api/actors and /api/sources return their lists", async () => {
    const criteria = criteriaResponseSchema.parse(await (await criteriaRoute.GET(new Request("http://test/api/criteria"))).json()).criteria;
    expect(criteria).toEqual(dataset.criteria);
    const actors = actorsResponseSchema.parse(await (await actorsRoute.GET(new Request("http://test/api/actors"))).json()).actors;
    expect(actors).toEqual(dataset.actors);
    const sources = sourcesResponseSchema.parse(await (await sourcesRoute.GET()).json()).sources;
    expect(sources).toEqual([{ ...dataset.sources[0], lineCount: 983 }]);
  });

  it("an unknown API route is a JSON 404", async () => {
    const response = await unknownRoute.GET(new Request("http://test/api/nothing/here"));
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: "no API route at /api/nothing/here" });
  });
});
