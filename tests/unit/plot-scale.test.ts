import { describe, expect, it } from "vitest";
import { linearScale, monotonePath } from "@/lib/charts/plot-scale";

describe("linearScale", () => {
  it("maps the domain's ends onto the range's ends, and points between in proportion", () => {
    const x = linearScale([0, 100], [40, 440]);
    expect([x(0), x(25), x(100), x(-10)]).toEqual([40, 140, 440, 0]);
  });

  it("runs upwards for a y axis (range from bottom to top)", () => {
    const y = linearScale([-1, 1], [200, 0]);
    expect([y(-1), y(0), y(1)]).toEqual([200, 100, 0]);
  });

  it("puts every value of a one-point domain in the middle", () => {
    expect(linearScale([3, 3], [0, 10])(3)).toBe(5);
  });
});

describe("monotonePath", () => {
  it("starts at the first point and ends at the last, through cubic segments", () => {
    const d = monotonePath([
      [0, 10],
      [50, 0],
      [100, 5],
    ]);
    expect(d.startsWith("M0,10")).toBe(true);
    expect(d.endsWith("100,5")).toBe(true);
    expect(d.match(/C/g)).toHaveLength(2);
  });

  it("is a straight segment for two points and nothing for fewer", () => {
    expect(
      monotonePath([
        [0, 0],
        [10, 10],
      ]),
    ).toBe("M0,0L10,10");
    expect(monotonePath([[0, 0]])).toBe("");
    expect(monotonePath([])).toBe("");
  });
});
