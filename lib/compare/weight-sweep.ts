import { WEIGHT_MAX, WEIGHT_MIN } from "../domain/preset";
import type { ResolvedWeights } from "../scoring/effective-weights";
import { leaderOf } from "../scoring/rank";
import { scoresAlong, type WeightSensitivity, weightLine } from "../scoring/sensitivity";
import { shareAt, sliderScales, type SliderScale } from "./slider-sensitivity";

/** The slider a sweep moves: a criterion's own weight or a category's. */
export type SweepTarget = { kind: "criterion" | "category"; slug: string };

/**
 * Every framework's score as one slider moves from 0 to 100, everything else as it is: a
 * point per slider step, and each position where the leader changes (found between two
 * steps by bisection to within SWEEP_TOLERANCE) with who leads past it.
 */
export type WeightSweep = {
  target: SweepTarget;
  /** The slider's position now. */
  current: number;
  points: Array<{ x: number; scores: number[] }>;
  crossovers: Array<{ at: number; from: string; to: string }>;
};

const SWEEP_TOLERANCE = 0.01;

export function weightSweep(
  input: {
    scored: { sensitivity: WeightSensitivity };
    criteria: ReadonlyArray<{ slug: string; category: string }>;
    weights: ResolvedWeights;
    slugs: readonly string[];
  },
  target: SweepTarget,
): WeightSweep | null {
  const { scored, criteria, weights, slugs } = input;
  const group = criteria.flatMap((c, j) => ((target.kind === "criterion" ? c.slug === target.slug : c.category === target.slug) ? [j] : []));
  const scales = sliderScales(criteria, weights);
  const scale: SliderScale | undefined = target.kind === "criterion" ? scales.criteria.get(target.slug) : scales.categories.get(target.slug);
  const line = weightLine(scored, group);
  // No sweep when the slider moves nothing (weighted 0 by its category, or its criteria all at 0) or holds all the weight there is.
  if (!scale || !line || scale.k <= 0 || scale.rest <= 0) return null;
  const buffer = new Float64Array(slugs.length);
  const leaderAtSlider = (x: number) => leaderOf(scoresAlong(line, shareAt(scale, x), buffer));
  const points: WeightSweep["points"] = [];
  const crossovers: WeightSweep["crossovers"] = [];
  let previous = -1;
  for (let x = WEIGHT_MIN; x <= WEIGHT_MAX; x++) {
    points.push({ x, scores: Array.from(scoresAlong(line, shareAt(scale, x), buffer)) });
    const leader = leaderOf(buffer);
    if (previous >= 0 && leader !== previous) {
      let inside = x - 1;
      let outside = x;
      while (outside - inside > SWEEP_TOLERANCE) {
        const mid = (inside + outside) / 2;
        if (leaderAtSlider(mid) === previous) inside = mid;
        else outside = mid;
      }
      crossovers.push({ at: (inside + outside) / 2, from: slugs[previous]!, to: slugs[leader]! });
    }
    previous = leader;
  }
  return { target, current: scale.value, points, crossovers };
}
