import { describe, expect, it } from "vitest";
import { createLoader } from "nuqs/server";
import type { Criterion } from "@/lib/domain/criterion";
import { browserRobustnessRequestSchema, ROBUSTNESS_LIMITS, robustnessRequestSchema } from "@/lib/domain/robustness";
import { rankAcceptabilityRows, rankBands } from "@/lib/compare/rank-acceptability-summary";
import { importanceRanks, robustnessRequestFromView } from "@/lib/compare/robustness-request-from-view";
import { scoreMatrix } from "@/lib/scoring/score-matrix";
import { robustness } from "@/lib/scoring/robustness-request";
import { issueCode } from "@/lib/domain/issue-codes";
import { robustnessNumbers, robustnessParsers } from "@/lib/url-state/robustness-params";

const criterion = (slug: string, direction: "benefit" | "cost" = "benefit"): Criterion => ({
  slug,
  name: slug,
  category: "c",
  description: "d",
  scale: { min: -2, max: 2, labels: [] },
  direction,
});
const CRITERIA = [criterion("a"), criterion("b", "cost"), criterion("c"), criterion("d")];
const VALUES = [
  [2, -1, null, 1],
  [0, 1, 1, -2],
  [-1, null, 2, 0],
];
const view = (model: Parameters<typeof robustnessRequestFromView>[0]["model"], weights = [0.4, 0.3, 0.3, 0]) =>
  robustnessRequestFromView({
    method: "wsm",
    frameworks: ["x", "y", "z"],
    criteria: CRITERIA,
    values: VALUES,
    missing: "worst",
    weights,
    model,
    samples: 2_000,
    seed: 7,
  });

describe("the robustness request built from /compare's view", () => {
  it("ranks the weights densely, equal weights sharing a rank", () => {
    expect(importanceRanks([0.4, 0.3, 0.3, 0.1])).toEqual([1, 2, 2, 3]);
    expect(importanceRanks([0.25, 0.25, 0.25, 0.25])).toEqual([1, 1, 1, 1]);
  });

  it("leaves out criteria weighted 0 and fills the missing values as the view does (here the worst end of the scale)", () => {
    const request = view({ kind: "simplex" });
    expect(request.criteria).toEqual([
      { id: "a", direction: "benefit" },
      { id: "b", direction: "cost" },
      { id: "c", direction: "benefit" },
    ]);
    // Worst of a cost criterion on -2..2 is 2, of a benefit criterion -2.
    expect(request.matrix).toEqual([
      [2, -1, -2],
      [0, 1, 1],
      [-1, 2, 2],
    ]);
    expect(robustnessRequestSchema.safeParse(request).success).toBe(true);
  });

  it("puts each weight in its ±spread% interval, or gives its rank, as the model asks", () => {
    expect(view({ kind: "intervals", spreadPercent: 50 }).criteria.map((c) => c.weightInterval)).toEqual([
      [0.2, expect.closeTo(0.6, 12)],
      [0.15, expect.closeTo(0.45, 12)],
      [0.15, expect.closeTo(0.45, 12)],
    ]);
    expect(view({ kind: "intervals", spreadPercent: 100 }).criteria[0]!.weightInterval).toEqual([0, 0.8]);
    expect(view({ kind: "ordinal" }).criteria.map((c) => c.rank)).toEqual([1, 2, 2]);
  });

  it("at a narrow interval around the view's weights puts the view's leader first every time", () => {
    const request = view({ kind: "intervals", spreadPercent: 1 });
    const scored = scoreMatrix({
      method: "wsm",
      criteria: CRITERIA.map((c, j) => ({ id: c.slug, direction: c.direction, weight: [0.4, 0.3, 0.3, 0][j]!, bounds: { min: -2, max: 2 } })),
      matrix: VALUES,
      missing: "worst",
    });
    if (!scored.ok) throw new Error(scored.error);
    const leader = ["x", "y", "z"][scored.value.order[0]!]!;
    const result = robustness(request);
    if (!result.ok) throw new Error(result.error);
    expect(result.value.firstRankAcceptability[leader]).toBe(1);
  });

  it("carries the view's PROMETHEE II preference functions, which change the acceptabilities it finds", () => {
    const preferences = { a: { type: "linear" as const, q: 0.5, p: 2 }, c: { type: "level" as const, q: 0.5, p: 1.5 } };
    const request = robustnessRequestFromView({
      method: "promethee2",
      frameworks: ["x", "y", "z"],
      criteria: CRITERIA,
      values: VALUES,
      missing: "worst",
      weights: [0.4, 0.3, 0.3, 0],
      preferences,
      model: { kind: "simplex" },
      samples: 2_000,
      seed: 7,
    });
    expect(robustnessRequestSchema.safeParse(request).success).toBe(true);
    expect(request.criteria.map((c) => ("preference" in c ? c.preference : undefined))).toEqual([preferences.a, undefined, preferences.c]);
    const result = robustness(request);
    if (!result.ok) throw new Error(result.error);
    const withoutPreferences = robustness({ ...request, criteria: request.criteria.map(({ id, direction }) => ({ id, direction })) });
    if (!withoutPreferences.ok) throw new Error(withoutPreferences.error);
    // The thresholds change what the flows are: the acceptabilities differ from the "usual" functions'.
    expect(result.value.rankAcceptability).not.toEqual(withoutPreferences.value.rankAcceptability);
  });

  it("the browser's worker takes more samples than the server's budget allows, up to the same maximum", () => {
    const big = {
      ...view({ kind: "simplex" }),
      alternatives: Array.from({ length: 200 }, (_, i) => `f${i}`),
      criteria: Array.from({ length: 100 }, (_, j) => ({ id: `c${j}`, direction: "benefit" as const })),
      matrix: Array.from({ length: 200 }, () => new Array(100).fill(1)),
      samples: 100_000,
    };
    expect(robustnessRequestSchema.safeParse(big).success).toBe(false);
    expect(browserRobustnessRequestSchema.safeParse(big).success).toBe(true);
    expect(browserRobustnessRequestSchema.safeParse({ ...big, samples: ROBUSTNESS_LIMITS.maxSamples + 1 }).success).toBe(false);
  });
});

describe("the robustness panel's URL", () => {
  const load = createLoader(robustnessParsers);
  it("reads the model, spread, samples and seed, and falls back to the defaults on anything out of bounds", () => {
    expect(load("?robust=ordinal&spread=35&samples=50000&seed=42")).toEqual({ robust: "ordinal", spread: 35, samples: 50_000, seed: 42 });
    expect(load("?robust=magic&spread=0&samples=99&seed=-1")).toEqual({ robust: "intervals", spread: 20, samples: 10_000, seed: null });
    expect(load(`?samples=${ROBUSTNESS_LIMITS.maxSamples + 1}&seed=${ROBUSTNESS_LIMITS.maxSeed + 1}&spread=1e2`)).toEqual({
      robust: "intervals",
      spread: 20,
      samples: 10_000,
      seed: null,
    });
  });

  it("and the panel's fields take a number as the link does, or say in a code of the messages what is wrong", () => {
    const seed = (text: string) => robustnessNumbers.seed.safeParse(text);
    expect(seed("42").data).toBe(42);
    expect(seed(String(ROBUSTNESS_LIMITS.maxSeed)).data).toBe(ROBUSTNESS_LIMITS.maxSeed);
    for (const typed of ["abc", "-1", "1e3", "4.5", String(ROBUSTNESS_LIMITS.maxSeed + 1), ""]) {
      const issues = seed(typed).error?.issues ?? [];
      expect(issues.map(issueCode), typed).toEqual([{ code: "wholeNumberFromTo", params: { min: 0, max: ROBUSTNESS_LIMITS.maxSeed } }]);
      expect(load(`?seed=${encodeURIComponent(typed)}`).seed).toBeNull();
    }
    expect(robustnessNumbers.samples.safeParse("99").error?.issues.map(issueCode)).toEqual([
      { code: "wholeNumberFromTo", params: { min: ROBUSTNESS_LIMITS.minSamples, max: ROBUSTNESS_LIMITS.maxSamples } },
    ]);
  });
});

describe("rank acceptability as bands", () => {
  it("gives each place its band up to eight, then sums the rest into the last", () => {
    expect(rankBands(3).map((b) => b.label)).toEqual(["1st", "2nd", "3rd"]);
    const bands = rankBands(12);
    expect(bands.map((b) => b.label)).toEqual(["1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th or lower"]);
    expect(bands.at(-1)).toMatchObject({ first: 7, last: 11 });
  });

  it("orders the frameworks by how often they come first, then by expected place", () => {
    const rows = rankAcceptabilityRows({ x: [0.2, 0.3, 0.5], y: [0.6, 0.4, 0], z: [0.2, 0.3, 0.5].reverse() }, rankBands(3));
    expect(rows.map((r) => r.slug)).toEqual(["y", "z", "x"]);
    expect(rows[0]!.expectedRank).toBeCloseTo(1.4, 12);
  });
});
