import { wrapText } from "./standalone-svg";
import { textWidth } from "./text-width";

export type LabelledPoint = { x: number; y: number; text: string };
/**
 * Where a name is drawn: the centre of its lines (drawn with text-anchor middle, so either
 * direction of text fits), the baseline of its first line, and its lines (one, or two when it is
 * wider than the room the chart gives a name).
 */
export type PlacedLabel = { x: number; y: number; lines: string[] };
export type Box = { left: number; right: number; top: number; bottom: number };

const GAP = 4;

/** From one line's baseline to the next. */
export const lineHeight = (size: number) => size * 1.15;

/** The area two boxes share. */
const shared = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));
const areaOf = (b: Box) => (b.right - b.left) * (b.bottom - b.top);
/** A box with `by` more on every side. */
const grown = (b: Box, by: number): Box => ({ left: b.left - by, right: b.right + by, top: b.top - by, bottom: b.bottom + by });

/**
 * Places each point's name beside it where it covers no other name or point, none of the chart's
 * other text (`avoid`) and stays inside `area`: above the point first, then below, then above or
 * below and shifted to one side, then beside it. Points are placed in their order, then twice
 * more each against all the others, so that a name placed early may move aside for a later one.
 * A name that fits nowhere takes the place where it covers least (another name counting twice),
 * the earlier place on a tie. Names keep a gap of a few pixels between them. A name wider than
 * `maxWidth` wraps to two lines.
 */
export function placePointLabels(
  points: readonly LabelledPoint[],
  size: number,
  area: Box,
  radius: number,
  { maxWidth = Number.POSITIVE_INFINITY, avoid = [] }: { maxWidth?: number; avoid?: readonly Box[] } = {},
): PlacedLabel[] {
  const ascent = size * 0.8;
  const descent = size * 0.25;
  const dots: Box[] = points.map((p) => ({ left: p.x - radius, right: p.x + radius, top: p.y - radius, bottom: p.y + radius }));
  // Each name's lines and the places it may take: the centres of its lines and its first baseline.
  const options = points.map((p) => {
    const lines = wrapText(p.text, maxWidth, size, 2);
    const w = Math.max(...lines.map((line) => textWidth(line, size)));
    // From the first line's baseline to the last's.
    const extra = (lines.length - 1) * lineHeight(size);
    const above = p.y - radius - GAP - descent - extra;
    const below = p.y + radius + GAP + ascent;
    const beside = p.y + ascent / 2 - descent / 2 - extra / 2;
    // Over the point, ending at it, starting at it, and clear of it on either side.
    const places: Array<[number, number]> = [
      [p.x, above],
      [p.x, below],
      [p.x - w / 2 + radius, above],
      [p.x + w / 2 - radius, above],
      [p.x - w / 2 + radius, below],
      [p.x + w / 2 - radius, below],
      [p.x + radius + GAP + w / 2, beside],
      [p.x - radius - GAP - w / 2, beside],
    ];
    const boxes = places.map(([cx, baseline]): Box => ({ left: cx - w / 2, right: cx + w / 2, top: baseline - ascent, bottom: baseline + extra + descent }));
    return { lines, places, boxes };
  });
  const chosen: number[] = [];
  const boxOfPoint = (j: number) => options[j]!.boxes[chosen[j]!]!;
  // How much a place covers: another name counts twice (two texts over each other cannot be read), a point, the chart's other text or the margins once.
  // Two names also keep a gap between them: touching, they read as one.
  const cost = (i: number, box: Box) => {
    let covered = areaOf(box) - shared(box, area);
    const spaced = grown(box, GAP);
    for (let j = 0; j < chosen.length; j++) if (j !== i) covered += 2 * shared(spaced, boxOfPoint(j));
    for (const [j, d] of dots.entries()) if (j !== i) covered += shared(box, d);
    for (const b of avoid) covered += shared(box, b);
    return covered;
  };
  const place = (i: number) => {
    let best = 0;
    let bestCost = Number.POSITIVE_INFINITY;
    for (const [k, box] of options[i]!.boxes.entries()) {
      const c = cost(i, box);
      if (c < bestCost) [best, bestCost] = [k, c];
      if (c === 0) break;
    }
    chosen[i] = best;
  };
  // Each in turn, then twice more each against all the others: a name placed early may move aside for a later one.
  for (let i = 0; i < points.length; i++) place(i);
  for (let round = 0; round < 2; round++) for (let i = 0; i < points.length; i++) place(i);
  return options.map((o, i) => ({ x: o.places[chosen[i]!]![0], y: o.places[chosen[i]!]![1], lines: o.lines }));
}
