import { describe, expect, it } from "vitest";
import { numberAxis } from "@/lib/charts/number-axis";

describe("numberAxis", () => {
  it("takes the smallest round domain that holds every value, with round ticks across it", () => {
    const axis = numberAxis([0.412, 0.735, 0.58]);
    expect(axis.domain).toEqual([0.4, 0.75]);
    expect(axis.ticks).toEqual([0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75]);
    expect(axis.ticks[0]).toBeLessThanOrEqual(0.412);
  });

  it("holds what it is told to include, such as zero for a margin that may change sign", () => {
    expect(numberAxis([0.12, 0.31], { include: [0] }).domain).toEqual([0, 0.35]);
    expect(numberAxis([-0.2, -0.05], { include: [0] }).domain).toEqual([-0.2, 0]);
  });

  it("widens a single value into a range around it, and ignores what is not a number", () => {
    const axis = numberAxis([0.5, Number.NaN, 0.5]);
    expect(axis.domain[0]).toBeLessThan(0.5);
    expect(axis.domain[1]).toBeGreaterThan(0.5);
    expect(numberAxis([])).toEqual({ domain: [0, 1], ticks: [0, 0.2, 0.4, 0.6, 0.8, 1] });
  });
});
