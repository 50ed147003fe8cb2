import { describe, expect, it } from "vitest";
import { lineHeight, type PlacedLabel, placePointLabels } from "@/lib/charts/point-labels";
import { textWidth } from "@/lib/charts/text-width";
import { drawnWidth } from "@/tests/support/drawn-width";

const AREA = { left: 0, right: 600, top: 0, bottom: 360 };
const SIZE = 12;

/** The box a placed name takes (its lines drawn centred on x, the first baseline at y). */
const boxOf = (l: PlacedLabel) => {
  const w = Math.max(...l.lines.map((line) => textWidth(line, SIZE)));
  return { left: l.x - w / 2, right: l.x + w / 2, top: l.y - SIZE * 0.8, bottom: l.y + (l.lines.length - 1) * lineHeight(SIZE) + SIZE * 0.25 };
};
/** Overlapping by more than a pixel (the boxes are estimates of the glyphs'). */
const overlap = (a: ReturnType<typeof boxOf>, b: ReturnType<typeof boxOf>) =>
  a.left + 1 < b.right && b.left + 1 < a.right && a.top + 1 < b.bottom && b.top + 1 < a.bottom;

/** The box a placed name takes as the browser draws it. */
const drawnBoxOf = (l: PlacedLabel) => {
  const w = Math.max(...l.lines.map((line) => drawnWidth(line, SIZE)));
  return { ...boxOf(l), left: l.x - w / 2, right: l.x + w / 2 };
};
/** The room between two boxes: the larger of their horizontal and vertical distances (0 when they touch or overlap). */
const room = (a: ReturnType<typeof boxOf>, b: ReturnType<typeof boxOf>) =>
  Math.max(0, Math.max(b.left - a.right, a.left - b.right, b.top - a.bottom, a.top - b.bottom));

function expectApart(boxes: ReturnType<typeof boxOf>[]) {
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i]!, boxes[j]!), `${i} and ${j}`).toBe(false);
}

describe("placing the points' names", () => {
  it("puts a lone point's name centred above it", () => {
    const [label] = placePointLabels([{ x: 300, y: 200, text: "HOPE" }], SIZE, AREA, 9);
    expect(label!.lines).toEqual(["HOPE"]);
    expect(label!.x).toBe(300);
    expect(label!.y).toBeLessThan(200 - 9);
  });

  it("keeps two long names of neighbouring points apart, as the Russian scatter's ССАГПЗ and Hormuz names were not", () => {
    // Where /ru/inclusiveness draws them at 1440 px.
    const points = [
      { x: 1193, y: 154, text: "Российская концепция" },
      { x: 932, y: 381, text: "Система на основе ССАГПЗ" },
      { x: 1063, y: 381, text: "Ормузская мирная инициатива" },
      { x: 932, y: 336, text: "Арабское НАТО" },
      { x: 149, y: 336, text: "IMSI" },
    ];
    const labels = placePointLabels(points, SIZE, { left: 0, right: 1304, top: 0, bottom: 400 }, 9);
    const boxes = labels.map(boxOf);
    expectApart(boxes);
    // And no name covers another's point.
    for (const [i, b] of boxes.entries())
      for (const [j, p] of points.entries())
        if (i !== j) expect(p.x > b.left - 9 && p.x < b.right + 9 && p.y > b.top - 9 && p.y < b.bottom + 9, `${i} over point ${j}`).toBe(false);
  });

  it("keeps a name inside the chart where there is room: a point at the right edge gets its name ending at it", () => {
    const [label] = placePointLabels([{ x: 590, y: 200, text: "Российская концепция" }], SIZE, AREA, 9);
    expect(boxOf(label!).right).toBeLessThanOrEqual(600);
  });

  it("wraps a name wider than the room a narrow chart gives it, and keeps the names of crowded points apart (the Persian scatter at 390 px)", () => {
    const points = [
      { x: 295, y: 240, text: "طرح روسیه" },
      { x: 248, y: 467, text: "نظام امنیت جمعی با محوریت شورای همکاری" },
      { x: 272, y: 467, text: "طرح صلح هرمز" },
      { x: 248, y: 421, text: "ناتوی عربی" },
      { x: 106, y: 421, text: "IMSI" },
    ];
    const labels = placePointLabels(points, SIZE, { left: 96, right: 340, top: 0, bottom: 480 }, 9, { maxWidth: 120 });
    expect(labels[1]!.lines).toHaveLength(2);
    const boxes = labels.map(boxOf);
    expectApart(boxes);
  });

  it("leaves room between two names, which abutting boxes do not (the English scatter's GCC-centric and HOPE at 390 px read as one word)", () => {
    const points = [
      // Where /inclusiveness draws them at 390 px.
      { x: 276.5, y: 57.3, text: "Russian concept" },
      { x: 252.9, y: 284.6, text: "HOPE" },
      { x: 229.3, y: 284.6, text: "GCC-centric" },
      { x: 229.3, y: 239.2, text: "MESA" },
      { x: 87.5, y: 239.2, text: "IMSI" },
    ];
    // And the quadrants' names: "Exclusive bloc" bottom left, "Inclusive" and "Regional" at the middle right, "Outside-led" top left.
    const avoid = [
      { left: 83, right: 168, top: 280, bottom: 294 },
      { left: 228, right: 281, top: 155, bottom: 169 },
      { left: 229, right: 281, top: 173, bottom: 187 },
      { left: 83, right: 152, top: 33, bottom: 47 },
    ];
    const boxes = placePointLabels(points, SIZE, { left: 75, right: 326, top: 0, bottom: 296 }, 9, { maxWidth: 125, avoid }).map(drawnBoxOf);
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) expect(room(boxes[i]!, boxes[j]!), `${points[i]!.text} and ${points[j]!.text}`).toBeGreaterThanOrEqual(2);
  });

  it("keeps off the chart's other text where it can", () => {
    const quadrantName = { left: 100, right: 200, top: 185, bottom: 198 };
    const [label] = placePointLabels([{ x: 150, y: 210, text: "HOPE" }], SIZE, AREA, 9, { avoid: [quadrantName] });
    const box = boxOf(label!);
    expect(overlap(box, quadrantName)).toBe(false);
    expect(box.top).toBeGreaterThan(210);
  });
});
