import { describe, expect, it } from "vitest";
import { viewLabel } from "@/lib/compare/view-label";
import { resolveWeights } from "@/lib/scoring/effective-weights";

const scale = { min: -2, max: 2 };
const criteria = [
  { slug: "a", category: "x", direction: "benefit" as const, scale },
  { slug: "b", category: "x", direction: "benefit" as const, scale },
  { slug: "c", category: "y", direction: "cost" as const, scale },
];
const categories = ["x", "y"];
const deterrence = {
  slug: "deterrence",
  title: "US–Gulf deterrence",
  criterionWeights: { a: 80 },
  categoryWeights: { y: 0 },
  valueFunctions: { b: { direction: "cost" as const, rationale: "containing Iran is the aim" } },
};
const resolve = (preset: typeof deterrence | undefined, criterion: Record<string, number> = {}, category: Record<string, number> = {}) =>
  resolveWeights(criteria, categories, preset, { criterion, category });

describe("viewLabel", () => {
  it("names the preset while every weight is the preset's", () => {
    const label = viewLabel(criteria, categories, deterrence, resolve(deterrence));
    expect(label).toMatchObject({ custom: false, text: "US–Gulf deterrence", preset: { slug: "deterrence", title: "US–Gulf deterrence" } });
  });

  it("says Custom (from <preset>) once a criterion or a category weight differs, and names what changed", () => {
    const criterion = viewLabel(criteria, categories, deterrence, resolve(deterrence, { b: 10 }));
    expect(criterion).toMatchObject({ custom: true, text: "Custom (from US–Gulf deterrence)", changed: { criteria: ["b"], categories: [] } });
    const category = viewLabel(criteria, categories, deterrence, resolve(deterrence, {}, { y: 30 }));
    expect(category).toMatchObject({ custom: true, changed: { criteria: [], categories: ["y"] } });
  });

  it("counts an override equal to the preset's own value as no change", () => {
    expect(viewLabel(criteria, categories, deterrence, resolve(deterrence, { a: 80 }, { y: 0 })).custom).toBe(false);
  });

  it("starts from equal weights when no preset is chosen", () => {
    expect(viewLabel(criteria, categories, undefined, resolve(undefined)).text).toBe("Equal weights");
    expect(viewLabel(criteria, categories, undefined, resolve(undefined, { c: 0 })).text).toBe("Custom (from Equal weights)");
  });

  it("counts a value function that differs from the preset's as a change, and one equal to it as none", () => {
    const weights = resolve(deterrence);
    expect(viewLabel(criteria, categories, deterrence, weights, { b: { direction: "cost" } }).custom).toBe(false);
    // Back to b's own direction, away from the preset's reversal.
    expect(viewLabel(criteria, categories, deterrence, weights, {})).toMatchObject({
      custom: true,
      text: "Custom (from US–Gulf deterrence)",
      changed: { criteria: [], categories: [], valueFunctions: ["b"] },
    });
    // Values per point on c, which the preset leaves at its own direction.
    expect(
      viewLabel(criteria, categories, deterrence, weights, {
        b: { direction: "cost" },
        c: {
          points: [
            [-2, 0],
            [2, 1],
          ],
        },
      }).changed.valueFunctions,
    ).toEqual(["c"]);
    // Without value functions given, the view has the preset's: no change.
    expect(viewLabel(criteria, categories, deterrence, weights).custom).toBe(false);
  });
});
