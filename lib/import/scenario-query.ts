import type { Scenario } from "../domain/scenario";
import { serializePreferences } from "../compare/preference-functions";
import { serializeValueFunctions } from "../compare/value-functions";
import { DEFAULT_METHOD } from "../scoring/methods/registry";
import { serializeWeightMap } from "../url-state/compare-params";

/**
 * The /compare query that shows a scenario: a preset by name, a saved view by its weights and
 * settings and, last, its slug and version, so that its author can update it with the view
 * (and is told if it changed after the link was made).
 */
export function scenarioQuery(
  s: Pick<Scenario, "slug" | "preset" | "criterionWeights" | "categoryWeights" | "valueFunctions" | "settings" | "version">,
): string {
  const params = new URLSearchParams();
  if (s.preset) {
    if (s.slug !== "equal") params.set("preset", s.slug);
    return params.toString();
  }
  if (Object.keys(s.criterionWeights).length) params.set("w", serializeWeightMap(s.criterionWeights));
  if (Object.keys(s.categoryWeights).length) params.set("cw", serializeWeightMap(s.categoryWeights));
  if (s.valueFunctions && Object.keys(s.valueFunctions).length) params.set("vf", serializeValueFunctions(s.valueFunctions));
  if (s.settings.method !== DEFAULT_METHOD) params.set("method", s.settings.method);
  if (s.settings.missing !== "mean") params.set("missing", s.settings.missing);
  if (s.settings.preferences && Object.keys(s.settings.preferences).length) params.set("pf", serializePreferences(s.settings.preferences));
  if (s.settings.frameworks.length) params.set("fw", s.settings.frameworks.join(","));
  params.set("scenario", s.slug);
  params.set("sv", String(s.version));
  return params.toString();
}
