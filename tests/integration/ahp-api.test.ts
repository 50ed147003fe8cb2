import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { POST } from "@/app/api/ahp/route";
import { AHP } from "@/lib/auth/rate-limits";
import { AHP_LIMITS, ahpResponseSchema } from "@/lib/domain/ahp";
import { expectBadRequest } from "../support/expect-bad-request";
import { expectRateLimited, jsonPoster } from "../support/post-json";

const post = jsonPoster(POST, "/api/ahp", "198.19");

const valid = {
  items: ["security", "economy", "legitimacy"],
  comparisons: [
    [1, 3, 5],
    [1 / 3, 1, 2],
    [1 / 5, 1 / 2, 1],
  ],
};
const consistentOf = (w: number[]) => w.map((wi) => w.map((wj) => wi / wj));
const items = (n: number) => Array.from({ length: n }, (_, i) => `i${i}`);

describe("POST /api/ahp", () => {
  it("answers the priorities, lambdaMax, CI, CR and whether the judgements are consistent", async () => {
    const response = await post(valid);
    expect(response.status).toBe(200);
    const body = ahpResponseSchema.parse(await response.json());
    expect(Object.keys(body.weights)).toEqual(valid.items);
    expect(Object.values(body.weights).reduce((s, w) => s + w, 0)).toBeCloseTo(1, 14);
    expect(body.weights.security).toBeGreaterThan(body.weights.economy!);
    expect(body.ci).toBeCloseTo((body.lambdaMax - 3) / 2, 14);
    expect(body.cr).toBeCloseTo(body.ci / 0.58, 14);
    expect(body.consistent).toBe(body.cr < 0.1);
  });

  it("gives a consistent matrix its exact weights and cr 0, at the largest size", async () => {
    const w = [3, 1, 2, 1, 1, 2, 3, 1, 2, 1, 1, 2, 3, 1, 2].map((x) => x / 26);
    const body = ahpResponseSchema.parse(await (await post({ items: items(15), comparisons: consistentOf(w) })).json());
    w.forEach((wi, i) => expect(body.weights[`i${i}`]).toBeCloseTo(wi, 13));
    expect(body.cr).toBeCloseTo(0, 12);
    expect(body.consistent).toBe(true);
  });

  it("accepts 1/9 written to nine decimals and reciprocals within 1e-9", async () => {
    const response = await post({
      items: ["a", "b"],
      comparisons: [
        [1, 9],
        [0.111111111, 1],
      ],
    });
    expect(response.status).toBe(200);
  });

  const bad: Array<[string, unknown, RegExp]> = [
    [
      "a matrix that is not square",
      {
        ...valid,
        comparisons: [
          [1, 3, 5],
          [1 / 3, 1],
          [1 / 5, 1 / 2, 1],
        ],
      },
      /comparisons\[1\].*square/,
    ],
    ["fewer rows than items", { ...valid, comparisons: valid.comparisons.slice(0, 2) }, /comparisons.*2 rows for 3 items/],
    ["more rows than items", { items: ["a", "b"], comparisons: valid.comparisons }, /comparisons.*3 rows for 2 items/],
    ["a diagonal entry other than 1", { ...valid, comparisons: [[2, 3, 5], valid.comparisons[1], valid.comparisons[2]] }, /comparisons\[0\]\[0\].*must be 1/],
    [
      "a matrix that is not reciprocal",
      {
        ...valid,
        comparisons: [
          [1, 3, 5],
          [0.3, 1, 2],
          [1 / 5, 1 / 2, 1],
        ],
      },
      /comparisons\[1\]\[0\].*reciprocal/,
    ],
    [
      "a reciprocal off by more than 1e-9",
      {
        items: ["a", "b"],
        comparisons: [
          [1, 3],
          [0.333333, 1],
        ],
      },
      /comparisons\[1\]\[0\]/,
    ],
    [
      "an entry above 9",
      {
        items: ["a", "b"],
        comparisons: [
          [1, 10],
          [0.1, 1],
        ],
      },
      /comparisons\[0\]\[1\].*at most 9/,
    ],
    [
      "an entry below 1/9",
      {
        items: ["a", "b"],
        comparisons: [
          [1, 9],
          [0.1, 1],
        ],
      },
      /comparisons\[1\]\[0\].*at least 1\/9|reciprocal/,
    ],
    [
      "a zero entry",
      {
        items: ["a", "b"],
        comparisons: [
          [1, 0],
          [0, 1],
        ],
      },
      /comparisons\[0\]\[1\]/,
    ],
    [
      "a negative entry",
      {
        items: ["a", "b"],
        comparisons: [
          [1, -2],
          [-0.5, 1],
        ],
      },
      /comparisons\[0\]\[1\]/,
    ],
    [
      "a string entry",
      {
        items: ["a", "b"],
        comparisons: [
          [1, "3"],
          [1 / 3, 1],
        ],
      },
      /comparisons\[0\]\[1\]/,
    ],
    ["duplicate items", { ...valid, items: ["a", "b", "a"] }, /items\[2\].*duplicate/],
    ["one item", { items: ["a"], comparisons: [[1]] }, /items.*at least 2/],
    ["sixteen items", { items: items(16), comparisons: consistentOf(Array(16).fill(1)) }, /items.*at most 15/],
    ["an empty item id", { ...valid, items: ["a", "", "c"] }, /items\[1\]/],
    ["an item named __proto__", { ...valid, items: ["a", "__proto__", "c"] }, /items\[1\].*__proto__/],
    ["no comparisons", { items: valid.items }, /comparisons/],
    ["an unknown field", { ...valid, method: "geometric" }, /method|Unrecognized/i],
    ["not an object", [1, 2], /(root)|expected object/i],
    ["not JSON", "{ items: [", /not valid JSON/],
  ];

  it.each(bad)("refuses %s with 400 and the problem named", async (_name, body, pattern) => {
    await expectBadRequest(await post(body), pattern);
  });

  it("refuses a body over its size limit with 413 and one not declared JSON with 415", async () => {
    expect((await post(`{"pad":"${"x".repeat(AHP_LIMITS.bodyBytes)}"}`)).status).toBe(413);
    const plain = await POST(new Request("http://test/api/ahp", { method: "POST", body: JSON.stringify(valid), headers: { "content-type": "text/plain" } }));
    expect(plain.status).toBe(415);
  });

  it("limits requests per client (429 with Retry-After), leaving other clients alone", async () => {
    await expectRateLimited(post, AHP.max, valid, "203.0.113");
  });

  it("never answers random bodies, or random matrices, with a 500", async () => {
    const entry = fc.oneof(fc.double(), fc.constantFrom(1, 1 / 9, 9, 0, -1), fc.integer({ min: -10, max: 10 }));
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.jsonValue(),
          fc
            .integer({ min: 0, max: 5 })
            .chain((n) => fc.record({ items: fc.constant(items(n)), comparisons: fc.array(fc.array(entry, { maxLength: 6 }), { maxLength: 6 }) })),
        ),
        async (body) => {
          const response = await post(body);
          expect([200, 400]).toContain(response.status);
        },
      ),
      { numRuns: 150 },
    );
  });
});
