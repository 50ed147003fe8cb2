import { WEIGHT_MAX } from "../domain/preset";
import type { ResolvedWeights } from "../scoring/effective-weights";
import { lineFlips, type NearestFlips, type WeightSensitivity, weightLine } from "../scoring/sensitivity";

/**
 * A weight slider (0-100) and the share of the total weight it gives: a criterion's slider
 * moves its raw weight x * k (k its category's weight), a category's moves x * k (k the sum
 * of its criteria's weights); everything else stays at `rest`. So the share is
 * t(x) = x k / (x k + rest), and the other weights keep their proportions, which is the
 * direction lib/scoring/sensitivity moves the weights in.
 */
export type SliderScale = { value: number; k: number; rest: number };

export function shareAt(scale: SliderScale, x: number): number {
  const own = x * scale.k;
  return own + scale.rest > 0 ? own / (own + scale.rest) : 0;
}

/** The slider position that gives share t (Infinity when no position does: t = 1 with other weight left). */
export function sliderAt(scale: SliderScale, t: number): number {
  if (scale.k <= 0) return Infinity;
  if (t >= 1) return scale.rest > 0 ? Infinity : 0;
  return (t * scale.rest) / (scale.k * (1 - t));
}

type Ref = { slug: string; category: string };

/** The scale of each criterion's and each category's slider, from the resolved (0-100) weights. */
export function sliderScales(criteria: readonly Ref[], weights: ResolvedWeights): { criteria: Map<string, SliderScale>; categories: Map<string, SliderScale> } {
  const raw = criteria.map((c) => (weights.criterion[c.slug] ?? 0) * (weights.category[c.category] ?? 0));
  const total = raw.reduce((a, b) => a + b, 0);
  const memberSum = new Map<string, number>();
  const categoryRaw = new Map<string, number>();
  criteria.forEach((c, j) => {
    memberSum.set(c.category, (memberSum.get(c.category) ?? 0) + (weights.criterion[c.slug] ?? 0));
    categoryRaw.set(c.category, (categoryRaw.get(c.category) ?? 0) + raw[j]!);
  });
  return {
    criteria: new Map(
      criteria.map((c, j) => [c.slug, { value: weights.criterion[c.slug] ?? 0, k: weights.category[c.category] ?? 0, rest: Math.max(0, total - raw[j]!) }]),
    ),
    categories: new Map(
      Object.keys(weights.category).map((slug) => [
        slug,
        { value: weights.category[slug] ?? 0, k: memberSum.get(slug) ?? 0, rest: Math.max(0, total - (categoryRaw.get(slug) ?? 0)) },
      ]),
    ),
  };
}

/** A change of leader in slider units: past `at` (a slider position, maybe beyond 100), `leader` leads. */
export type SliderFlip = { at: number; reachable: boolean; leader: string };

/**
 * What one slider can do to the lead. `inactive` says why it can do nothing: its category is
 * weighted 0 (a criterion), or every criterion in it is (a category).
 */
export type SliderSensitivity = {
  inactive: "category-zero" | "members-zero" | null;
  lower: SliderFlip | null;
  upper: SliderFlip | null;
};

/** The nearest flips of a weight line, in slider units; a flip past 100 is "not reachable with this slider alone". */
function inSliderUnits(scale: SliderScale, flips: NearestFlips, slugOf: (index: number) => string): Omit<SliderSensitivity, "inactive"> {
  const at = (t: number | null, leader: number | null): SliderFlip | null => {
    if (t === null || leader === null) return null;
    const x = sliderAt(scale, t);
    return { at: x, reachable: x <= WEIGHT_MAX, leader: slugOf(leader) };
  };
  return { lower: at(flips.lowerFlip, flips.lowerLeader), upper: at(flips.upperFlip, flips.upperLeader) };
}

const NOTHING = { lower: null, upper: null };

/**
 * Every slider's flips: criterion flips from the engine's (already computed per criterion),
 * category flips from moving the category's criteria together.
 */
export function sliderSensitivities(input: {
  criteria: readonly Ref[];
  weights: ResolvedWeights;
  scored: { order: readonly number[]; sensitivity: WeightSensitivity };
  criterionFlips: readonly NearestFlips[];
  slugOf: (index: number) => string;
}): { criteria: Record<string, SliderSensitivity>; categories: Record<string, SliderSensitivity> } {
  const { criteria, weights, scored, slugOf } = input;
  const scales = sliderScales(criteria, weights);
  const leader = scored.order[0]!;
  const criterionResult = Object.fromEntries(
    criteria.map((c, j): [string, SliderSensitivity] => {
      const scale = scales.criteria.get(c.slug)!;
      if (scale.k <= 0) return [c.slug, { inactive: "category-zero", ...NOTHING }];
      return [c.slug, { inactive: null, ...inSliderUnits(scale, input.criterionFlips[j]!, slugOf) }];
    }),
  );
  const categoryResult = Object.fromEntries(
    [...scales.categories].map(([slug, scale]): [string, SliderSensitivity] => {
      const members = criteria.flatMap((c, j) => (c.category === slug ? [j] : []));
      if (members.length === 0 || scale.k <= 0) return [slug, { inactive: "members-zero", ...NOTHING }];
      const line = weightLine(scored, members);
      return [slug, { inactive: null, ...(line ? inSliderUnits(scale, lineFlips(line, leader), slugOf) : NOTHING) }];
    }),
  );
  return { criteria: criterionResult, categories: categoryResult };
}
