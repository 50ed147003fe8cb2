/**
 * A five-step, colour-blind-safe diverging scale (ColorBrewer PuOr): orange for the bad end of
 * a criterion, purple for the good end, whichever direction the criterion runs. Text always
 * states the value too, so colour is never the only carrier.
 */
export const TONES = [
  { background: "#e66101", color: "#1b1b1b", label: "worst" },
  { background: "#fdb863", color: "#1b1b1b", label: "poor" },
  { background: "#f7f7f7", color: "#1b1b1b", label: "middle" },
  { background: "#b2abd2", color: "#1b1b1b", label: "good" },
  { background: "#5e3c99", color: "#ffffff", label: "best" },
] as const;

/** Where a value sits between a criterion's worst (0) and best (1) ends. */
export function goodness(value: number, scale: { min: number; max: number }, direction: "benefit" | "cost"): number {
  const p = (value - scale.min) / (scale.max - scale.min);
  const clamped = Math.min(1, Math.max(0, p));
  return direction === "benefit" ? clamped : 1 - clamped;
}

export function toneOf(value: number, scale: { min: number; max: number }, direction: "benefit" | "cost") {
  const g = goodness(value, scale, direction);
  return TONES[Math.min(TONES.length - 1, Math.floor(g * TONES.length))]!;
}

/** A value's confidence as dots, on screen and in the PDF (text, never colour alone). */
export const CONFIDENCE_MARK = { high: "●●●", medium: "●●○", low: "●○○" } as const;

/** The mark of a contested cell (its sources disagree), on screen and in the PDF: a red bar down its left edge. */
export const CONTESTED_COLOUR = "#b3261e";
