import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeResponseSchema } from "@/lib/domain/analyze";
import { errorResponseSchema } from "@/lib/domain/api";
import { MAX_JSON_BODY_BYTES } from "@/lib/server/api/read-json-body";
import { POST } from "@/app/api/analyze/route";

const post = (body: unknown) =>
  POST(new Request("http://test/api/analyze", { method: "POST", body: typeof body === "string" ? body : JSON.stringify(body), headers: { "content-type": "application/json" } }));

const valid = {
  method: "wsm",
  alternatives: ["a", "b", "c"],
  criteria: [
    { id: "x", direction: "benefit", weight: 2 },
    { id: "y", direction: "cost", weight: 1 },
  ],
  matrix: [
    [1, 10],
    [2, 30],
    [3, 20],
  ],
};

describe("POST /api/analyze", () => {
  it("scores, ranks and explains a weighted sum with min-max normalisation", async () => {
    const response = await post(valid);
    expect(response.status).toBe(200);
    const body = analyzeResponseSchema.parse(await response.json());
    expect(body.method).toBe("wsm");
    expect(body.normalization).toBe("minmax");
    expect(body.weights).toEqual([2 / 3, 1 / 3]);
    // minmax: x -> 0, 0.5, 1; y (cost) -> 1, 0, 0.5
    const expected = { a: (2 / 3) * 0 + (1 / 3) * 1, b: (2 / 3) * 0.5 + 0, c: (2 / 3) * 1 + (1 / 3) * 0.5 };
    expect(body.ranking.map((r) => r.alternative)).toEqual(["c", "a", "b"]);
    for (const r of body.ranking) expect(r.score).toBeCloseTo(expected[r.alternative as keyof typeof expected], 12);
    expect(body.ranking.map((r) => r.rank)).toEqual([1, 2, 2]);
    expect(body.contributions.c!.x! + body.contributions.c!.y!).toBeCloseTo(body.ranking[0]!.score, 12);
    expect(body.sensitivity.map((s) => s.criterion)).toEqual(["x", "y"]);
  });

  it("defaults TOPSIS to vector normalisation and keeps closeness in [0, 1]", async () => {
    const body = analyzeResponseSchema.parse(await (await post({ ...valid, method: "topsis" })).json());
    expect(body.normalization).toBe("vector");
    for (const r of body.ranking) expect(r.score).toBeGreaterThanOrEqual(0), expect(r.score).toBeLessThanOrEqual(1);
  });

  it("answers a null cell with finite scores", async () => {
    for (const method of ["wsm", "topsis"]) {
      const response = await post({ ...valid, method, matrix: [[1, null], [null, 30], [3, 20]] });
      expect(response.status).toBe(200);
      const body = analyzeResponseSchema.parse(await response.json());
      expect(body.ranking.every((r) => Number.isFinite(r.score))).toBe(true);
    }
  });

  const bad: Array<[string, unknown, RegExp]> = [
    ["unknown method", { ...valid, method: "ahp" }, /method/],
    ["ragged matrix", { ...valid, matrix: [[1, 10], [2], [3, 20]] }, /matrix\[1\]/],
    ["wrong row count", { ...valid, matrix: [[1, 10], [2, 30]] }, /matrix/],
    ["negative weight", { ...valid, criteria: [{ id: "x", direction: "benefit", weight: -1 }, valid.criteria[1]] }, /criteria\[x\]\.weight/],
    ["all-zero weights", { ...valid, criteria: valid.criteria.map((c) => ({ ...c, weight: 0 })) }, /criteria/],
    ["non-finite weight", '{"method":"wsm","alternatives":["a","b"],"criteria":[{"id":"x","direction":"benefit","weight":1e999}],"matrix":[[1],[2]]}', /weight/],
    ["duplicate alternative ids", { ...valid, alternatives: ["a", "a", "c"] }, /alternatives\[1\]/],
    ["duplicate criterion ids", { ...valid, criteria: [valid.criteria[0], { ...valid.criteria[0] }] }, /criteria\[1\]|criteria\[x\]/],
    ["fewer than 2 alternatives", { ...valid, alternatives: ["a"], matrix: [[1, 10]] }, /alternatives/],
    ["no criteria", { ...valid, criteria: [], matrix: [[], [], []] }, /criteria/],
    ["unknown direction", { ...valid, criteria: [{ id: "x", direction: "up", weight: 1 }, valid.criteria[1]] }, /direction/],
    ["a string in the matrix", { ...valid, matrix: [[1, "10"], [2, 30], [3, 20]] }, /matrix\[0\]\[1\]/],
    ["an unknown field", { ...valid, extra: true }, /extra|Unrecognized/i],
    ["not JSON", "{ method: wsm", /not valid JSON/],
    ["unknown normalization", { ...valid, normalization: "zscore" }, /normalization/],
  ];

  it.each(bad)("refuses %s with 400 and the problems listed", async (_name, body, pattern) => {
    const response = await post(body);
    expect(response.status).toBe(400);
    const error = errorResponseSchema.parse(await response.json());
    expect(error.issues!.length).toBeGreaterThan(0);
    expect(`${error.error} ${error.issues!.map((i) => `${i.path}: ${i.message}`).join(" ")}`).toMatch(pattern);
  });

  it("refuses a body over the size limit with 413", async () => {
    const response = await post(`{"pad":"${"x".repeat(MAX_JSON_BODY_BYTES)}"}`);
    expect(response.status).toBe(413);
  });

  it("never answers random bodies with a 500", async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (body) => {
        const response = await post(body);
        expect([200, 400]).toContain(response.status);
      }),
      { numRuns: 150 },
    );
  });
});
