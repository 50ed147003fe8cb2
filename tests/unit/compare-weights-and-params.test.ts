import { describe, expect, it } from "vitest";
import { effectiveWeights, resolveWeights } from "@/lib/scoring/effective-weights";
import { parseSort, parseWeightMap, serializeWeightMap } from "@/lib/url-state/compare-params";
import { describeInvalidParams } from "@/lib/url-state/describe-invalid-params";
import { goodness, toneOf, TONES } from "@/lib/compare/value-tone";
import { formatPercent } from "@/lib/compare/format";
import { noticeInEnglish } from "@/lib/url-state/param-notice";

const criteria = [
  { slug: "a", category: "x" },
  { slug: "b", category: "x" },
  { slug: "c", category: "y" },
];

describe("weights", () => {
  it("resolves override, then preset, then the default of 50", () => {
    const resolved = resolveWeights(
      criteria,
      ["x", "y"],
      { criterionWeights: { a: 10, b: 20 }, categoryWeights: { y: 0 } },
      {
        criterion: { a: 90 },
        category: {},
      },
    );
    expect(resolved).toEqual({ criterion: { a: 90, b: 20, c: 50 }, category: { x: 50, y: 0 } });
  });

  it("multiplies criterion and category weights and normalises the product", () => {
    const w = effectiveWeights(criteria, { criterion: { a: 100, b: 50, c: 50 }, category: { x: 50, y: 100 } });
    expect(w.raw).toEqual([5000, 2500, 5000]);
    expect(w.normalised).toEqual([0.4, 0.2, 0.4]);
    expect(w.withinCategory).toEqual({ a: 100 / 150, b: 50 / 150, c: 1 });
    expect(w.categoryShare).toEqual({ x: 1 / 3, y: 2 / 3 });
  });

  it("has no normalised weights when every product is zero", () => {
    expect(effectiveWeights(criteria, { criterion: { a: 0, b: 0, c: 10 }, category: { x: 50, y: 0 } }).normalised).toBeNull();
  });
});

describe("URL parameters", () => {
  it("round-trips weight maps and drops malformed entries", () => {
    const map = { "escalation-risk": 80, viability: 12.5 };
    expect(parseWeightMap(serializeWeightMap(map))).toEqual(map);
    expect(parseWeightMap("a:10,b:200,C:5,d:,e:x,f:1:2,g:0")).toEqual({ a: 10, g: 0 });
  });

  it("parses sort specs", () => {
    expect(parseSort("hope:desc")).toEqual({ by: "hope", direction: "desc" });
    expect(parseSort("hope:up")).toBeNull();
    expect(parseSort("Hope:asc")).toBeNull();
  });

  it("explains every ignored parameter and nothing else", () => {
    const known = {
      criteria: new Set(["a", "b"]),
      categories: new Set(["x"]),
      frameworks: new Set(["hope", "imsi"]),
      presets: new Set(["equal"]),
      scenarios: new Set(["my-view"]),
      sources: new Set(["stepanova-2020"]),
    };
    const query = new URLSearchParams(
      "preset=nope&scenario=gone&source=a-leaflet&sv=0&w=a:10,zz:5,b:500,bad&cw=x:20&method=ahp&missing=mean&fw=hope,ghost&pin=imsi&cat=q&t=maybe&group=false&sort=imsi:sideways",
    );
    expect(describeInvalidParams((k) => query.get(k), known).map(noticeInEnglish)).toEqual([
      'Ignored preset: "nope" is not a known preset.',
      'Ignored scenario: "gone" is not a saved scenario.',
      'Ignored source: "a-leaflet" is not a known source; every value is shown.',
      'Ignored sv: "0" is not a scenario version (a whole number from 1).',
      'Ignored w: "zz" is not a known criterion.',
      'Ignored w: the weight of "b" must be a number from 0 to 100, not "500".',
      'Ignored w: "bad" is not of the form criterion:weight.',
      'Ignored method: "ahp" is not one of wsm, topsis, promethee2.',
      'Ignored fw: "ghost" is not a known framework.',
      'Ignored cat: "q" is not a known category.',
      'Ignored t: "maybe" is not one of true, false.',
      'Ignored sort: "imsi:sideways" is not of the form name:asc or name:desc.',
    ]);
    expect(
      describeInvalidParams((k) => new URLSearchParams("w=a:10&sort=hope:asc&diff=true&scenario=my-view&sv=12&source=stepanova-2020").get(k), known),
    ).toEqual([]);
  });
});

describe("value tones", () => {
  it("runs from the worst to the best end whichever way the criterion points", () => {
    const up = { scale: { min: -2, max: 2 }, direction: "benefit" as const };
    const down = { scale: { min: 0, max: 2 }, direction: "cost" as const };
    expect(goodness(2, up)).toBe(1);
    expect(goodness(2, { ...up, direction: "cost" })).toBe(0);
    expect(toneOf(-2, up)).toBe(TONES[0]);
    expect(toneOf(2, up)).toBe(TONES[4]);
    expect(toneOf(0, up)).toBe(TONES[2]);
    expect(toneOf(0, down)).toBe(TONES[4]);
  });

  it("follows the view's value function, not the criterion's own direction", () => {
    // The US deterrence preset holds "lower is better" on the stance toward Iran, whose own direction is "benefit".
    const stance = { scale: { min: -2, max: 2 }, direction: "benefit" as const };
    const lower = { direction: "cost" as const };
    expect(goodness(2, stance, lower)).toBe(0);
    expect(toneOf(2, stance, lower)).toBe(TONES[0]);
    expect(toneOf(-2, stance, lower)).toBe(TONES[4]);
    expect(toneOf(2, stance, { direction: "benefit" })).toBe(TONES[4]);
    // Given per point: the tone is v(x), between the points too, and the ends' values past the ends.
    const middleBest = {
      points: [
        [-2, 0],
        [0, 1],
        [2, 0.5],
      ] as Array<[number, number]>,
    };
    expect(goodness(0, stance, middleBest)).toBe(1);
    expect(goodness(1, stance, middleBest)).toBe(0.75);
    expect(toneOf(0, stance, middleBest)).toBe(TONES[4]);
    expect(toneOf(-2, stance, middleBest)).toBe(TONES[0]);
    expect(toneOf(2, stance, middleBest)).toBe(TONES[2]);
  });

  it("formats shares", () => {
    expect(formatPercent(0.0312)).toBe("3.1%");
    expect(formatPercent(0)).toBe("0%");
    expect(formatPercent(0.0004)).toBe("0.04%");
  });
});
