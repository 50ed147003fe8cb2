import type { SliderFlip, SliderSensitivity } from "./slider-sensitivity";

/** Past this a slider position is just "far beyond the slider". */
const FAR = 1000;

/** A slider position as people read it: to a tenth (37.4, 12); past 1,000, or never, 1,000. */
export function sliderPosition(x: number): number {
  if (!Number.isFinite(x) || x > FAR) return FAR;
  return Math.round(x * 10) / 10;
}

/**
 * One side of a slider: past `at` (a slider position, see sliderPosition) `leader` (a framework
 * slug) would take the lead. Reachable on the slider, or not: then `far` says the position lies
 * past 1,000 (or nowhere), which is said "only past 1,000".
 */
export type FlipSide = { where: "below" | "above"; at: number; leader: string; reachable: boolean; far: boolean };

/** What a slider can do to the lead: a change of leader on either side, or none at all. */
export type SliderFlipNote = { kind: "flips"; sides: FlipSide[] } | { kind: "none" };

/**
 * What a slider can do to the lead, in the slider's own units: where each change of leader lies
 * and who takes the lead there, or that it lies beyond the slider's 100 ("not reachable with
 * this slider alone"). Null for an inactive slider. Words are the interface's (flip-note.tsx).
 */
export function describeSliderFlips(s: SliderSensitivity | undefined): SliderFlipNote | null {
  if (!s || s.inactive) return null;
  const side = (flip: SliderFlip, where: FlipSide["where"]): FlipSide => ({
    where,
    at: sliderPosition(flip.at),
    leader: flip.leader,
    reachable: flip.reachable,
    far: !flip.reachable && flip.at > FAR,
  });
  const sides = [s.lower && side(s.lower, "below"), s.upper && side(s.upper, "above")].filter((x): x is FlipSide => Boolean(x));
  return sides.length ? { kind: "flips", sides } : { kind: "none" };
}
