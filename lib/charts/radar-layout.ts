import { wrapsWithin, wrapText } from "./standalone-svg";
import { textWidth } from "./text-width";

/** The spokes' names: their size, the lines each may take and the step from one line to the next. */
export const RADAR_NAME_SIZE = 11;
export const RADAR_NAME_LINES = 4;
export const RADAR_LINE_HEIGHT = 13;
/** Recharts draws a name this far out from its spoke's end (the angle axis's tick size). */
const TICK = 8;
/** Kept clear between a name and the chart's edge. */
const EDGE = 4;
/** The width a name beside the chart is given: the least in this range in which it wraps whole into its lines (or its own width, when that is less). */
const NAME_ROOM = { least: 72, most: 96 };
const MIN_RADIUS = 40;

export type Anchor = "start" | "middle" | "end";

/**
 * The radar's radius: Recharts' 70% of the chart's half-size where that leaves the names beside
 * it their room, smaller where it does not (on a phone). The first spoke points up, the others
 * follow clockwise at equal angles, as Recharts draws them; `names` are in the spokes' order.
 */
export function radarRadius(width: number, height: number, names: readonly string[]): number {
  // Recharts' default margins are 5 px on each side.
  let radius = (0.7 * Math.min(width - 10, height - 10)) / 2;
  for (const [i, name] of names.entries()) {
    const reach = Math.abs(Math.sin((2 * Math.PI * i) / names.length));
    // A spoke straight up or down has the whole width for its name.
    if (reach < 0.01) continue;
    radius = Math.min(radius, (width / 2 - EDGE - roomFor(name)) / reach - TICK);
  }
  return Math.max(MIN_RADIUS, radius);
}

function roomFor(name: string): number {
  const whole = textWidth(name, RADAR_NAME_SIZE);
  let room = NAME_ROOM.least;
  while (room < NAME_ROOM.most && room < whole && !wrapsWithin(name, room, RADAR_NAME_SIZE, RADAR_NAME_LINES)) room += 4;
  return Math.min(room, whole);
}

/** The chart's height for a radius: room above and below for the names' lines, at most `max`. */
export function radarHeight(radius: number, max: number): number {
  return Math.min(max, Math.ceil(2 * (radius + TICK + RADAR_NAME_LINES * RADAR_LINE_HEIGHT) + 10));
}

/** A spoke's name drawn from (x, anchored as Recharts anchors it), in lines that stay inside a chart `width` wide. */
export function radarNameLines(name: string, x: number, anchor: Anchor, width: number): string[] {
  const room = anchor === "start" ? width - EDGE - x : anchor === "end" ? x - EDGE : 2 * (Math.min(x, width - x) - EDGE);
  return wrapText(name, room, RADAR_NAME_SIZE, RADAR_NAME_LINES);
}
