import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { POST } from "@/app/api/robustness/route";
import { ROBUSTNESS } from "@/lib/auth/rate-limits";
import { ROBUSTNESS_LIMITS, robustnessResponseSchema } from "@/lib/domain/robustness";
import { expectBadRequest } from "../support/expect-bad-request";
import { expectRateLimited, jsonPoster } from "../support/post-json";

const post = jsonPoster(POST, "/api/robustness", "198.20");

const valid = {
  method: "wsm",
  alternatives: ["a", "b", "c"],
  criteria: [
    { id: "x", direction: "benefit" },
    { id: "y", direction: "cost", weight: 3 },
  ],
  matrix: [
    [1, 10],
    [2, 30],
    [3, 20],
  ],
  weightModel: "simplex",
  samples: 2000,
  seed: 42,
};
const withIntervals = { ...valid, weightModel: "intervals", criteria: valid.criteria.map((c) => ({ ...c, weightInterval: [1, 2] })) };
const withRanks = { ...valid, weightModel: "ordinal", criteria: valid.criteria.map((c, j) => ({ ...c, rank: j + 1 })) };
const square = (rows: number, cols: number) => ({
  ...valid,
  alternatives: Array.from({ length: rows }, (_, i) => `a${i}`),
  criteria: Array.from({ length: cols }, (_, j) => ({ id: `c${j}`, direction: j % 3 ? "benefit" : "cost" })),
  matrix: Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => ((i * 7 + j * 3) % 11) - 5)),
});

describe("POST /api/robustness", () => {
  it.each([
    ["wsm", valid],
    ["topsis", { ...valid, method: "topsis" }],
    ["promethee2", { ...valid, method: "promethee2", criteria: [{ ...valid.criteria[0], preference: { type: "linear", q: 0, p: 2 } }, valid.criteria[1]] }],
    ["intervals", withIntervals],
    ["ordinal", withRanks],
  ])("answers rank acceptabilities that sum to 1 per alternative and per place (%s)", async (_name, body) => {
    const response = await post(body);
    expect(response.status).toBe(200);
    const r = robustnessResponseSchema.parse(await response.json());
    expect(r).toMatchObject({ samples: 2000, seed: 42 });
    const rows = Object.values(r.rankAcceptability);
    expect(Object.keys(r.rankAcceptability)).toEqual(valid.alternatives);
    for (const row of rows) expect(row.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 9);
    for (let place = 0; place < 3; place++) expect(rows.reduce((s, row) => s + row[place]!, 0)).toBeCloseTo(1, 9);
    for (const alt of valid.alternatives) {
      expect(r.firstRankAcceptability[alt]).toBe(r.rankAcceptability[alt]![0]);
      const w = r.centralWeights[alt];
      if (w) expect(Object.keys(w)).toEqual(["x", "y"]);
      else expect(r.firstRankAcceptability[alt]).toBe(0);
    }
  });

  it("gives the identical answer for the same seed, and draws and names a seed when none is given", async () => {
    const first = await (await post(valid)).text();
    expect(await (await post(valid)).text()).toBe(first);
    const { seed: _seed, ...unseeded } = valid;
    const drawn = robustnessResponseSchema.parse(await (await post(unseeded)).json());
    expect(Number.isInteger(drawn.seed)).toBe(true);
    const again = robustnessResponseSchema.parse(await (await post({ ...unseeded, seed: drawn.seed })).json());
    expect(again).toEqual(drawn);
  });

  it("takes 10,000 samples by default", async () => {
    const { samples: _samples, ...body } = valid;
    expect(robustnessResponseSchema.parse(await (await post(body)).json()).samples).toBe(ROBUSTNESS_LIMITS.defaultSamples);
  });

  it("runs the largest request its budget allows (200 x 100, 5,000 samples, TOPSIS) on the worker thread", async () => {
    const response = await post({ ...square(200, 100), method: "topsis", samples: 5_000 });
    expect(response.status).toBe(200);
    expect(Object.keys(robustnessResponseSchema.parse(await response.json()).rankAcceptability)).toHaveLength(200);
  });

  const criteriaWith = (extra: (j: number) => object) => valid.criteria.map((c, j) => ({ ...c, ...extra(j) }));
  const bad: Array<[string, unknown, RegExp]> = [
    ["too few samples", { ...valid, samples: 99 }, /samples.*at least 100/],
    ["too many samples", { ...valid, samples: 200_001 }, /samples.*at most 200000/],
    ["a fractional sample count", { ...valid, samples: 1000.5 }, /samples/],
    ["more work than the budget", { ...square(200, 100), samples: 5_001 }, /samples.*at most 5000 samples for 200 x 100/],
    ["the default 10,000 samples at 200 x 100", { ...square(200, 100), samples: undefined }, /samples.*at most 5000 samples/],
    ["no weight model", { ...valid, weightModel: undefined }, /weightModel/],
    ["an unknown weight model", { ...valid, weightModel: "dirichlet" }, /weightModel/],
    ["intervals without an interval", { ...withIntervals, criteria: [withIntervals.criteria[0], valid.criteria[1]] }, /criteria\[y\]\.weightInterval.*needed/],
    ["an interval the wrong way round", { ...withIntervals, criteria: criteriaWith(() => ({ weightInterval: [2, 1] })) }, /weightInterval.*low <= high/],
    ["a negative interval", { ...withIntervals, criteria: criteriaWith(() => ({ weightInterval: [-1, 1] })) }, /weightInterval/],
    ["every interval [0, 0]", { ...withIntervals, criteria: criteriaWith(() => ({ weightInterval: [0, 0] })) }, /criteria.*\[0, 0\]/],
    ["an interval of one number", { ...withIntervals, criteria: criteriaWith(() => ({ weightInterval: [1] })) }, /weightInterval/],
    ["ordinal without a rank", { ...withRanks, criteria: [withRanks.criteria[0], valid.criteria[1]] }, /criteria\[y\]\.rank.*needed/],
    ["a rank of 0", { ...withRanks, criteria: criteriaWith(() => ({ rank: 0 })) }, /rank/],
    ["a fractional rank", { ...withRanks, criteria: criteriaWith(() => ({ rank: 1.5 })) }, /rank/],
    [
      "an interval with the simplex",
      { ...valid, criteria: criteriaWith(() => ({ weightInterval: [1, 2] })) },
      /weightInterval.*only with weightModel intervals/,
    ],
    ["a rank with intervals", { ...withIntervals, criteria: withIntervals.criteria.map((c) => ({ ...c, rank: 1 })) }, /rank.*only with weightModel ordinal/],
    ["a negative seed", { ...valid, seed: -1 }, /seed/],
    ["a seed beyond 32 bits", { ...valid, seed: 2 ** 32 }, /seed/],
    ["a fractional seed", { ...valid, seed: 1.5 }, /seed/],
    ["an unknown method", { ...valid, method: "electre" }, /method/],
    ["a preference function for the weighted sum", { ...valid, criteria: criteriaWith(() => ({ preference: { type: "usual" } })) }, /preference.*promethee2/],
    [
      "a PROMETHEE threshold of the wrong kind",
      { ...valid, method: "promethee2", criteria: criteriaWith(() => ({ preference: { type: "linear", q: 3, p: 1 } })) },
      /q/,
    ],
    ["duplicate alternatives", { ...valid, alternatives: ["a", "a", "c"] }, /alternatives\[1\]/],
    ["an alternative named __proto__", { ...valid, alternatives: ["a", "__proto__", "c"] }, /alternatives\[1\].*__proto__/],
    ["a ragged matrix", { ...valid, matrix: [[1, 10], [2], [3, 20]] }, /matrix\[1\]/],
    ["an unknown field", { ...valid, iterations: 5 }, /iterations|Unrecognized/i],
    ["not JSON", "{ method:", /not valid JSON/],
  ];

  it.each(bad)("refuses %s with 400 and the problem named", async (_name, body, pattern) => {
    await expectBadRequest(await post(body), pattern);
  });

  it("limits runs per client (429 with Retry-After), leaving other clients alone", async () => {
    await expectRateLimited(post, ROBUSTNESS.max, { ...valid, samples: 100 }, "203.0.113");
  });

  it("never answers random bodies with a 500", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.jsonValue(),
          fc
            .tuple(fc.constantFrom("simplex", "intervals", "ordinal", "x"), fc.jsonValue(), fc.jsonValue())
            .map(([weightModel, seed, rank]) => ({ ...valid, samples: 100, weightModel, seed, criteria: criteriaWith(() => ({ rank })) })),
        ),
        async (body) => {
          expect([200, 400]).toContain((await post(body)).status);
        },
      ),
      { numRuns: 100 },
    );
  });
});
