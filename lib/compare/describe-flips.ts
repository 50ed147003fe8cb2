import type { SliderFlip, SliderSensitivity } from "./slider-sensitivity";

/** Past this a slider position is just "far beyond the slider". */
const FAR = 1000;

/** A slider position as people read it: 37.4, 12, never 12.0; past 1,000 (or never) "1,000". */
export function formatSliderValue(x: number): string {
  if (!Number.isFinite(x) || x > FAR) return "1,000";
  const rounded = Math.round(x * 10) / 10;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
}

/**
 * What a slider can do to the lead, in words and in the slider's own units: where each
 * change of leader lies and who takes the lead there, or that it lies beyond the slider's
 * 100 ("not reachable with this slider alone").
 */
export function describeSliderFlips(s: SliderSensitivity | undefined, leaderName: string, nameOf: (slug: string) => string): string | null {
  if (!s || s.inactive) return null;
  const side = (flip: SliderFlip, where: "below" | "above") =>
    flip.reachable
      ? `${where === "below" ? "Below" : "Above"} ${formatSliderValue(flip.at)}, ${nameOf(flip.leader)} takes the lead.`
      : `${nameOf(flip.leader)} would lead ${flip.at > FAR ? "only past" : where} ${formatSliderValue(flip.at)}: not reachable with this slider alone.`;
  const parts = [s.lower && side(s.lower, "below"), s.upper && side(s.upper, "above")].filter((x): x is string => Boolean(x));
  return parts.length ? parts.join(" ") : `No position of this slider alone takes the lead from ${leaderName}.`;
}
