import { MISSING_POLICIES } from "../domain/analyze";
import { METHOD_IDS } from "../scoring/methods/registry";
import type { Criterion } from "../domain/criterion";
import type { Preset } from "../domain/preset";
import { resolveWeights, type ResolvedWeights } from "../scoring/effective-weights";
import type { MissingPolicy, RawMatrix, ScoringMethod } from "../scoring/types";
import { scoreView } from "./build-comparison";
import type { PreferenceMap } from "./preference-functions";
import { resolveValueFunctions, type ValueFunctionMap } from "./value-functions";

/**
 * One column of the perspectives matrix: each framework's rank under one preset's weights
 * (with the view's method and missing-value policy), or under the view's weights with one
 * method and policy. null ranks: no ranking there (why in `problem`).
 */
export type Perspective = {
  key: string;
  kind: "preset" | "method";
  preset?: string;
  method: ScoringMethod;
  missing: MissingPolicy;
  ranks: Record<string, number> | null;
  problem: string | null;
  /** The column that is the view on screen (its preset unchanged, or its method and policy). */
  current: boolean;
};

type Common = {
  frameworks: readonly string[];
  /** The frameworks' values on the criteria, the analyst's own values filled in (build-comparison's withAssumed). */
  values: RawMatrix;
  criteria: readonly Criterion[];
  categories: readonly string[];
  /** PROMETHEE II's preference functions, as the view sets them. */
  preferences?: PreferenceMap;
  /** The view's value functions (a preset's column has its own). */
  valueFunctions?: ValueFunctionMap;
};

function ranksUnder(
  common: Common,
  weights: ResolvedWeights,
  method: ScoringMethod,
  missing: MissingPolicy,
  valueFunctions = common.valueFunctions,
): Pick<Perspective, "ranks" | "problem"> {
  const { scored, problem } = scoreView({
    frameworks: common.frameworks,
    values: common.values,
    criteria: common.criteria,
    weights,
    method,
    missing,
    preferences: common.preferences,
    valueFunctions,
  });
  if (!scored) return { ranks: null, problem };
  return { ranks: Object.fromEntries(common.frameworks.map((slug, i) => [slug, scored.ranks[i]!])), problem: null };
}

/**
 * Every preset's ranking, by its weights and value functions, with the view's method and
 * policy. It does not depend on the view's own weights, so a slider leaves it as it is; the rank under the view's preset is also the
 * baseline that the view's rank changes are counted from.
 */
export function presetPerspectives(
  common: Common & { presets: readonly Preset[]; presetSlug: string; custom: boolean; method: ScoringMethod; missing: MissingPolicy },
): Perspective[] {
  return common.presets.map((p) => ({
    key: `preset:${p.slug}`,
    kind: "preset",
    preset: p.slug,
    method: common.method,
    missing: common.missing,
    current: !common.custom && p.slug === common.presetSlug,
    ...ranksUnder(
      common,
      resolveWeights(common.criteria, common.categories, p, { criterion: {}, category: {} }),
      common.method,
      common.missing,
      resolveValueFunctions(common.criteria, p, {}),
    ),
  }));
}

/** The view's own weights and value functions under each method and each missing-value policy. */
export function methodPerspectives(common: Common & { weights: ResolvedWeights; method: ScoringMethod; missing: MissingPolicy }): Perspective[] {
  return METHOD_IDS.flatMap((method) =>
    MISSING_POLICIES.map(
      (missing): Perspective => ({
        key: `method:${method}:${missing}`,
        kind: "method",
        method,
        missing,
        current: method === common.method && missing === common.missing,
        ...ranksUnder(common, common.weights, method, missing),
      }),
    ),
  );
}

/**
 * How robust each framework's place is across the perspectives: its best and worst rank, and
 * in how many it leads. A framework whose best and worst are equal holds its place whatever
 * the weights, method or policy.
 */
export function rankSpread(frameworks: readonly string[], columns: readonly Perspective[]): Record<string, { best: number; worst: number; leads: number }> {
  return Object.fromEntries(
    frameworks.map((slug) => {
      const ranks = columns.flatMap((c) => (c.ranks ? [c.ranks[slug]!] : []));
      return [slug, { best: Math.min(...ranks), worst: Math.max(...ranks), leads: ranks.filter((r) => r === 1).length }];
    }),
  );
}
