import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeResponseSchema } from "@/lib/domain/analyze";
import { errorResponseSchema } from "@/lib/domain/api";
import { ANALYZE } from "@/lib/auth/rate-limits";
import { ANALYZE_LIMITS } from "@/lib/domain/analyze";
import { POST } from "@/app/api/analyze/route";
import { expectBadRequest } from "../support/expect-bad-request";
import { jsonPoster } from "../support/post-json";

const post = jsonPoster(POST, "/api/analyze", "198.18");

const square = (alternatives: number, criteria: number, value = (i: number, j: number) => ((i * 7 + j * 3) % 11) - 5) => ({
  method: "topsis",
  alternatives: Array.from({ length: alternatives }, (_, i) => `a${i}`),
  criteria: Array.from({ length: criteria }, (_, j) => ({ id: `c${j}`, direction: j % 3 ? "benefit" : "cost", weight: 1 + (j % 4) })),
  matrix: Array.from({ length: alternatives }, (_, i) => Array.from({ length: criteria }, (_, j) => value(i, j))),
});

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
      const response = await post({
        ...valid,
        method,
        matrix: [
          [1, null],
          [null, 30],
          [3, 20],
        ],
      });
      expect(response.status).toBe(200);
      const body = analyzeResponseSchema.parse(await response.json());
      expect(body.ranking.every((r) => Number.isFinite(r.score))).toBe(true);
    }
  });

  const bad: Array<[string, unknown, RegExp]> = [
    ["unknown method", { ...valid, method: "ahp" }, /method/],
    ["ragged matrix", { ...valid, matrix: [[1, 10], [2], [3, 20]] }, /matrix\[1\]/],
    [
      "wrong row count",
      {
        ...valid,
        matrix: [
          [1, 10],
          [2, 30],
        ],
      },
      /matrix/,
    ],
    ["negative weight", { ...valid, criteria: [{ id: "x", direction: "benefit", weight: -1 }, valid.criteria[1]] }, /criteria\[x\]\.weight/],
    ["all-zero weights", { ...valid, criteria: valid.criteria.map((c) => ({ ...c, weight: 0 })) }, /criteria/],
    [
      "non-finite weight",
      '{"method":"wsm","alternatives":["a","b"],"criteria":[{"id":"x","direction":"benefit","weight":1e999}],"matrix":[[1],[2]]}',
      /weight/,
    ],
    ["duplicate alternative ids", { ...valid, alternatives: ["a", "a", "c"] }, /alternatives\[1\]/],
    ["duplicate criterion ids", { ...valid, criteria: [valid.criteria[0], { ...valid.criteria[0] }] }, /criteria\[1\]|criteria\[x\]/],
    ["fewer than 2 alternatives", { ...valid, alternatives: ["a"], matrix: [[1, 10]] }, /alternatives/],
    ["no criteria", { ...valid, criteria: [], matrix: [[], [], []] }, /criteria/],
    ["unknown direction", { ...valid, criteria: [{ id: "x", direction: "up", weight: 1 }, valid.criteria[1]] }, /direction/],
    [
      "a string in the matrix",
      {
        ...valid,
        matrix: [
          [1, "10"],
          [2, 30],
          [3, 20],
        ],
      },
      /matrix\[0\]\[1\]/,
    ],
    ["an unknown field", { ...valid, extra: true }, /extra|Unrecognized/i],
    ["not JSON", "{ method: wsm", /not valid JSON/],
    ["unknown normalization", { ...valid, normalization: "zscore" }, /normalization/],
    [
      "values beyond the magnitude limit",
      {
        ...valid,
        alternatives: ["a", "b"],
        matrix: [
          [1e308, 1],
          [-1e308, 2],
        ],
      },
      /matrix\[0\]\[0\]/,
    ],
    ["more alternatives than the limit", square(201, 2), /alternatives/],
    ["more criteria than the limit", square(2, 101), /criteria/],
    [
      "an unpaired surrogate in an id",
      '{"method":"wsm","alternatives":["\\ud800","b"],"criteria":[{"id":"x","direction":"benefit","weight":1}],"matrix":[[1],[2]]}',
      /alternatives\[0\].*surrogate/,
    ],
  ];

  it.each(bad)("refuses %s with 400 and the problems listed", async (_name, body, pattern) => {
    const response = await post(body);
    expect(response.status).toBe(400);
    const error = errorResponseSchema.parse(await response.json());
    expect(error.issues!.length).toBeGreaterThan(0);
    expect(`${error.error} ${error.issues!.map((i) => `${i.path}: ${i.message}`).join(" ")}`).toMatch(pattern);
  });

  it("ranks by PROMETHEE II's net flow, with the flows, contributions that sum to it and flip points", async () => {
    const response = await post({
      ...valid,
      method: "promethee2",
      criteria: [
        { id: "x", direction: "benefit", weight: 2, preference: { type: "linear", q: 0.5, p: 1.5 } },
        { id: "y", direction: "cost", weight: 1 },
      ],
    });
    expect(response.status).toBe(200);
    const body = analyzeResponseSchema.parse(await response.json());
    expect(body.method).toBe("promethee2");
    expect(body.normalization).toBe("none");
    // x (linear, q 0.5, p 1.5): P = 0.5 for a gap of 1, 1 for 2; y (usual, cost): 10 < 20 < 30.
    // phi+(c) = (2/3 * (1 + 0.5) + 1/3 * 1) / 2 = 2/3; phi-(c) = (2/3 * 0 + 1/3 * 1) / 2 = 1/6.
    expect(body.flows!.c!.positive).toBeCloseTo(2 / 3, 12);
    expect(body.flows!.c!.negative).toBeCloseTo(1 / 6, 12);
    expect(body.ranking[0]).toMatchObject({ alternative: "c", rank: 1 });
    for (const r of body.ranking) {
      expect(body.flows![r.alternative]!.net).toBeCloseTo(r.score, 12);
      expect(body.contributions[r.alternative]!.x! + body.contributions[r.alternative]!.y!).toBeCloseTo(r.score, 12);
    }
    expect(Object.values(body.flows!).reduce((s, f) => s + f.net, 0)).toBeCloseTo(0, 12);
    expect(body.sensitivity.map((s) => s.criterion)).toEqual(["x", "y"]);
  });

  it("answers the weighted sum and TOPSIS without flows", async () => {
    for (const method of ["wsm", "topsis"]) expect((await (await post({ ...valid, method })).json()).flows).toBeUndefined();
  });

  const prometheeWith = (preference: unknown, extra: object = {}) => ({
    ...valid,
    method: "promethee2",
    criteria: [{ ...valid.criteria[0], preference }, valid.criteria[1]],
    ...extra,
  });
  const badPromethee: Array<[string, unknown, RegExp]> = [
    ["q above p", prometheeWith({ type: "linear", q: 2, p: 1 }), /preference\.q.*must not exceed p/],
    ["p missing for vshape", prometheeWith({ type: "vshape" }), /preference\.p/],
    ["p missing for linear", prometheeWith({ type: "linear", q: 1 }), /preference\.p/],
    ["p missing for level", prometheeWith({ type: "level", q: 1 }), /preference\.p/],
    ["q missing for ushape", prometheeWith({ type: "ushape" }), /preference\.q/],
    ["s missing for gaussian", prometheeWith({ type: "gaussian" }), /preference\.s/],
    ["a threshold of another function", prometheeWith({ type: "vshape", p: 1, s: 2 }), /preference.*s/],
    ["a negative threshold", prometheeWith({ type: "ushape", q: -1 }), /preference\.q/],
    ["an unknown preference type", prometheeWith({ type: "step" }), /preference\.type|preference/],
    ["a normalisation", prometheeWith({ type: "usual" }, { normalization: "minmax" }), /normalization.*promethee2 takes none/],
    [
      "a preference function on a weighted-sum criterion",
      { ...valid, criteria: [{ ...valid.criteria[0], preference: { type: "usual" } }, valid.criteria[1]] },
      /criteria\[x\]\.preference.*read only by promethee2/,
    ],
    ["no normalisation for the weighted sum", { ...valid, normalization: "none" }, /normalization.*wsm takes/],
    [
      "a criterion named __proto__",
      { ...valid, method: "promethee2", criteria: [valid.criteria[0], { ...valid.criteria[1], id: "__proto__" }] },
      /\.id: must not be __proto__/,
    ],
  ];

  it.each(badPromethee)("refuses PROMETHEE II input with %s (400, the problem named)", async (_name, body, pattern) => {
    await expectBadRequest(await post(body), pattern);
  });

  it("scores the largest PROMETHEE II request it accepts (200 x 100, Gaussian functions) on its worker thread", async () => {
    const request = square(200, 100);
    const response = await post({
      ...request,
      method: "promethee2",
      criteria: request.criteria.map((c) => ({ ...c, preference: { type: "gaussian", s: 2 } })),
    });
    expect(response.status).toBe(200);
    const body = analyzeResponseSchema.parse(await response.json());
    expect(Object.keys(body.flows!)).toHaveLength(200);
  });

  it("refuses a body over the size limit with 413", async () => {
    const response = await post(`{"pad":"${"x".repeat(ANALYZE_LIMITS.bodyBytes)}"}`);
    expect(response.status).toBe(413);
  });

  it("scores the largest request it accepts (200 x 100, TOPSIS with sensitivity) on its worker thread", async () => {
    const response = await post(square(200, 100));
    expect(response.status).toBe(200);
    const body = analyzeResponseSchema.parse(await response.json());
    expect(body.ranking).toHaveLength(200);
    expect(body.sensitivity).toHaveLength(100);
  });

  it("scores values at the magnitude limit to finite numbers", async () => {
    const response = await post({
      ...valid,
      alternatives: ["a", "b"],
      matrix: [
        [1e12, 1],
        [-1e12, 2],
      ],
    });
    expect(response.status).toBe(200);
  });

  it("refuses a body without the JSON content type with 415", async () => {
    const response = await POST(
      new Request("http://test/api/analyze", { method: "POST", body: JSON.stringify(valid), headers: { "content-type": "text/plain" } }),
    );
    expect(response.status).toBe(415);
  });

  it("limits analyses per client (429 with Retry-After), leaving other clients alone", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < ANALYZE.max + 1; i++) statuses.push((await post(valid, "203.0.113.50")).status);
    expect(statuses.slice(0, ANALYZE.max).every((s) => s === 200)).toBe(true);
    const refused = await post(valid, "203.0.113.50");
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await post(valid, "203.0.113.51")).status).toBe(200);
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
