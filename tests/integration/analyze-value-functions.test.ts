import { describe, expect, it } from "vitest";
import { POST as analyzePost } from "@/app/api/analyze/route";
import { POST as robustnessPost } from "@/app/api/robustness/route";
import { analyzeResponseSchema } from "@/lib/domain/analyze";
import { robustnessResponseSchema } from "@/lib/domain/robustness";
import { expectBadRequest } from "../support/expect-bad-request";
import { jsonPoster } from "../support/post-json";

const analyze = jsonPoster(analyzePost, "/api/analyze", "198.21");
const robustness = jsonPoster(robustnessPost, "/api/robustness", "198.22");

/** Three alternatives on a -2..2 criterion "stance" and a benefit criterion "support". */
const base = {
  method: "wsm",
  alternatives: ["contain", "neutral", "engage"],
  criteria: [
    { id: "stance", direction: "benefit", weight: 3 },
    { id: "support", direction: "benefit", weight: 1 },
  ],
  matrix: [
    [-2, 2],
    [0, 0],
    [2, -2],
  ],
};
const withStance = (valueFunction: unknown) => ({ ...base, criteria: [{ ...base.criteria[0], valueFunction }, base.criteria[1]] });
const ranking = async (body: unknown) => {
  const response = await analyze(body);
  expect(response.status).toBe(200);
  return analyzeResponseSchema.parse(await response.json()).ranking;
};

describe("POST /api/analyze with value functions", () => {
  it("without one ranks as before; a reversed direction puts the other end first", async () => {
    expect((await ranking(base)).map((r) => r.alternative)).toEqual(["engage", "neutral", "contain"]);
    expect((await ranking(withStance({ direction: "cost" }))).map((r) => r.alternative)).toEqual(["contain", "neutral", "engage"]);
    // "benefit" on a benefit criterion is the default: the same numbers.
    expect(await ranking(withStance({ direction: "benefit" }))).toEqual(await ranking(base));
  });

  it("takes a value per point: the weighted sum scores v(x) in place of min-max", async () => {
    const r = await ranking(
      withStance({
        points: [
          [-2, 0.2],
          [0, 1],
          [2, 0],
        ],
      }),
    );
    const score = Object.fromEntries(r.map((x) => [x.alternative, x.score]));
    // stance: v = 0.2, 1, 0; support min-max: 1, 0.5, 0; weights 0.75, 0.25.
    expect(score.contain).toBeCloseTo(0.75 * 0.2 + 0.25, 12);
    expect(score.neutral).toBeCloseTo(0.75 + 0.125, 12);
    expect(score.engage).toBeCloseTo(0, 12);
  });

  it("works with TOPSIS and PROMETHEE II too", async () => {
    for (const method of ["topsis", "promethee2"]) {
      const r = await ranking({
        ...withStance({
          points: [
            [-2, 0],
            [0, 1],
            [2, 0],
          ],
        }),
        method,
      });
      expect(r[0]!.alternative, method).toBe("neutral");
    }
  });

  it.each<[string, unknown, RegExp]>([
    [
      "unsorted points",
      {
        points: [
          [2, 0],
          [0, 1],
        ],
      },
      /criteria\[stance\]\.valueFunction.*sorted/,
    ],
    [
      "a repeated x",
      {
        points: [
          [0, 0],
          [0, 1],
        ],
      },
      /sorted by x, each x once/,
    ],
    [
      "a value above 1",
      {
        points: [
          [0, 0],
          [1, 1.5],
        ],
      },
      /1 or less/,
    ],
    [
      "a negative value",
      {
        points: [
          [0, -0.5],
          [1, 1],
        ],
      },
      /0 or more/,
    ],
    ["one point", { points: [[0, 1]] }, /at least 2 points/],
    ["too many points", { points: Array.from({ length: 102 }, (_, k) => [k, 0]) }, /at most 101 points/],
    ["a direction not of the vocabulary", { direction: "higher" }, /valueFunction/],
    [
      "both forms at once",
      {
        direction: "cost",
        points: [
          [0, 0],
          [1, 1],
        ],
      },
      /valueFunction/,
    ],
    ["a string for points", { points: "0=1;1=0" }, /valueFunction/],
    ["a non-finite x", '{"points":[[1e999,0],[1,1]]}', /valueFunction/],
  ])("refuses %s with 400 naming the field", async (_name, valueFunction, pattern) => {
    const body = typeof valueFunction === "string" ? JSON.stringify(withStance(null)).replace("null", valueFunction) : withStance(valueFunction);
    await expectBadRequest(await analyze(body), pattern);
  });

  it("accepts the same field in POST /api/robustness, where it changes who comes first", async () => {
    const request = (valueFunction?: unknown) => ({
      ...base,
      criteria: base.criteria.map(({ weight, ...c }, j) => ({
        ...c,
        ...(j === 0 && valueFunction ? { valueFunction } : {}),
        weightInterval: [weight * 0.9, weight * 1.1],
      })),
      weightModel: "intervals",
      samples: 500,
      seed: 7,
    });
    const first = async (body: unknown) => {
      const response = await robustness(body);
      expect(response.status).toBe(200);
      const r = robustnessResponseSchema.parse(await response.json());
      return Object.entries(r.firstRankAcceptability).sort((a, b) => b[1] - a[1])[0]![0];
    };
    expect(await first(request())).toBe("engage");
    expect(await first(request({ direction: "cost" }))).toBe("contain");
    await expectBadRequest(await robustness(request({ points: [[1, 0]] })), /valueFunction/);
  });
});
