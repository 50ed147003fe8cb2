import type { Criterion } from "../domain/criterion";
import type { RobustnessRequest } from "../domain/robustness";
import type { PreferenceMap } from "./preference-functions";
import type { ValueFunctionMap } from "./value-functions";
import type { MethodId } from "../scoring/methods/registry";
import { imputeMissing } from "../scoring/impute-missing";
import type { MissingPolicy, RawMatrix } from "../scoring/types";

/** What is known of the weights, taken from the view's: ±spread% around each, their order, or nothing. */
export type ViewWeightModel = { kind: "intervals"; spreadPercent: number } | { kind: "ordinal" } | { kind: "simplex" };

type ViewInput = {
  method: MethodId;
  frameworks: readonly string[];
  criteria: readonly Criterion[];
  /** The values the view scores (assumptions filled in), rows by framework, columns by criterion. */
  values: RawMatrix;
  missing: MissingPolicy;
  /** The view's effective weights, normalised, in criteria order. */
  weights: readonly number[];
  model: ViewWeightModel;
  samples: number;
  seed: number;
  /** The view's preference functions by criterion (PROMETHEE II reads them; "usual" where none). */
  preferences?: Readonly<PreferenceMap>;
  /** What the view holds good per criterion, where it differs from the criterion's direction. */
  valueFunctions?: Readonly<ValueFunctionMap>;
};

/** Weights this close count as equal for the ordinal model (the sliders' whole numbers make them exact or far apart). */
const SAME_WEIGHT = 1e-12;

/** Importance ranks from weights: 1 for the largest, equal weights sharing a rank, the next rank one lower (a dense ranking). */
export function importanceRanks(weights: readonly number[]): number[] {
  const levels = [...weights].sort((a, b) => b - a).filter((w, i, all) => i === 0 || all[i - 1]! - w > SAME_WEIGHT);
  return weights.map((w) => 1 + levels.findIndex((level) => level - w <= SAME_WEIGHT));
}

/**
 * The POST /api/robustness request for what /compare shows: its method, chosen frameworks and
 * criteria, with the weight model built from the view's weights. Criteria weighted 0 are left
 * out (the analyst took them out of the decision), and the missing values are filled as the
 * view fills them (by its policy, against the scale's ends, its value functions deciding what is
 * worst and best), and each criterion carries its value function, so that at the view's own weights
 * the SMAA ranking is the view's. The browser's worker and the API run the same request.
 */
export function robustnessRequestFromView(input: ViewInput): RobustnessRequest & { seed: number } {
  const kept = input.criteria.map((_, j) => j).filter((j) => input.weights[j]! > 0);
  const specs = input.criteria.map((c) => ({
    id: c.slug,
    direction: c.direction,
    weight: 1,
    bounds: { min: c.scale.min, max: c.scale.max },
    valueFunction: input.valueFunctions?.[c.slug],
  }));
  const dense = imputeMissing(input.values, specs, input.missing);
  const cols = input.criteria.length;
  const total = kept.reduce((s, j) => s + input.weights[j]!, 0);
  const weights = kept.map((j) => input.weights[j]! / total);
  const ranks = importanceRanks(weights);
  const { model } = input;
  const criteria = kept.map((j, k) => {
    const slug = input.criteria[j]!.slug;
    const preference = input.preferences?.[slug];
    const valueFunction = input.valueFunctions?.[slug];
    const base = { id: slug, direction: input.criteria[j]!.direction, ...(preference && { preference }), ...(valueFunction && { valueFunction }) };
    if (model.kind === "intervals") {
      const spread = model.spreadPercent / 100;
      return { ...base, weightInterval: [weights[k]! * Math.max(0, 1 - spread), weights[k]! * (1 + spread)] as [number, number] };
    }
    return model.kind === "ordinal" ? { ...base, rank: ranks[k]! } : base;
  });
  return {
    method: input.method,
    alternatives: [...input.frameworks],
    criteria,
    matrix: input.frameworks.map((_, i) => kept.map((j) => dense.values[i * cols + j]!)),
    weightModel: model.kind,
    samples: input.samples,
    seed: input.seed,
  };
}
