import type { Direction } from "../domain/vocabulary";
import { pointsOf, type ValueFunction, valueAt } from "../scoring/value-function";

/**
 * A five-step, colour-blind-safe diverging scale (ColorBrewer PuOr): orange for the bad end of
 * a criterion, purple for the good end, whichever way the view holds it good (lib/compare/value-functions).
 * Text always states the value too, so colour is never the only carrier.
 */
export const TONES = [
  { background: "#e66101", color: "#1b1b1b", label: "worst" },
  { background: "#fdb863", color: "#1b1b1b", label: "poor" },
  { background: "#f7f7f7", color: "#1b1b1b", label: "middle" },
  { background: "#b2abd2", color: "#1b1b1b", label: "good" },
  { background: "#5e3c99", color: "#ffffff", label: "best" },
] as const;

type Scaled = { scale: { min: number; max: number }; direction: Direction };

/**
 * Where a value sits between a criterion's worst (0) and best (1) ends in a view: by the view's
 * value function of it (v(x) for one given per point), else by the criterion's own direction.
 */
export function goodness(value: number, criterion: Scaled, f: ValueFunction = { direction: criterion.direction }): number {
  const points = pointsOf(f);
  if (points) return valueAt(points, value);
  const { min, max } = criterion.scale;
  const clamped = Math.min(1, Math.max(0, (value - min) / (max - min)));
  return "direction" in f && f.direction === "cost" ? 1 - clamped : clamped;
}

export function toneOf(value: number, criterion: Scaled, f?: ValueFunction) {
  const g = goodness(value, criterion, f);
  return TONES[Math.min(TONES.length - 1, Math.floor(g * TONES.length))]!;
}

/** A value's confidence as dots, on screen and in the PDF (text, never colour alone). */
export const CONFIDENCE_MARK = { high: "●●●", medium: "●●○", low: "●○○" } as const;

/** The mark of a contested cell (its sources disagree), on screen and in the PDF: a red bar down its left edge. */
export const CONTESTED_COLOUR = "#b3261e";
