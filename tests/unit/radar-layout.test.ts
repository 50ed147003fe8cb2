import { describe, expect, it } from "vitest";
import { type Anchor, RADAR_NAME_LINES, RADAR_NAME_SIZE, radarNameLines, radarRadius } from "@/lib/charts/radar-layout";
import { LOCALES } from "@/lib/i18n/locales";
import seed from "@/prisma/dataset.json";
import { drawnWidth } from "@/tests/support/drawn-width";

const namesIn = (locale: string) => seed.categories.map((c) => (locale === "en" ? c.name : (c.translations as Record<string, { name: string }>)[locale]!.name));

/** Where Recharts draws spoke i's name: 8 px past the spoke's end, anchored by the side it is on. */
function spokeEnd(i: number, spokes: number, radius: number, width: number): { x: number; anchor: Anchor } {
  const cos = Math.cos(Math.PI / 2 - (2 * Math.PI * i) / spokes);
  const x = width / 2 + (radius + 8) * cos;
  return { x, anchor: cos > 1e-5 ? "start" : cos < -1e-5 ? "end" : "middle" };
}

/** The span a name's lines take across the chart, drawn in the fallback face. */
function span(lines: string[], x: number, anchor: Anchor): [number, number] {
  const w = Math.max(...lines.map((line) => drawnWidth(line, RADAR_NAME_SIZE)));
  return anchor === "start" ? [x, x + w] : anchor === "end" ? [x - w, x] : [x - w / 2, x + w / 2];
}

describe("the radar's layout", () => {
  // A framework page's chart on a 390 px phone is about 326 px wide.
  for (const locale of LOCALES) {
    it(`on a phone keeps every category's name whole and inside the chart in ${locale}`, () => {
      const names = namesIn(locale);
      const width = 326;
      const radius = radarRadius(width, 380, names);
      expect(radius).toBeGreaterThanOrEqual(60);
      for (const [i, name] of names.entries()) {
        const { x, anchor } = spokeEnd(i, names.length, radius, width);
        const lines = radarNameLines(name, x, anchor, width);
        expect(lines.length, name).toBeLessThanOrEqual(RADAR_NAME_LINES);
        expect(lines.join(" ").replaceAll("- ", "-"), name).toBe(name);
        const [left, right] = span(lines, x, anchor);
        expect(left, name).toBeGreaterThanOrEqual(0);
        expect(right, name).toBeLessThanOrEqual(width);
      }
    });
  }

  it("is drawn at Recharts' 70% where the names have room", () => {
    expect(radarRadius(700, 380, namesIn("ru"))).toBeCloseTo(0.7 * 185, 6);
  });

  it("gives short names beside it no more room than they take", () => {
    expect(radarRadius(326, 380, ["A", "B", "C", "D"])).toBeCloseTo(0.7 * 158, 6);
  });
});
