import type { View } from "../export/view-export";
import { serializeAssumptions } from "../compare/assumptions";
import { serializePreferences } from "../compare/preference-functions";
import { serializeValueFunctions } from "../compare/value-functions";
import { DEFAULT_METHOD } from "../scoring/methods/registry";
import { serializeWeightMap } from "../url-state/compare-params";

/** The /compare query string that shows a loaded view. */
export function viewToQuery(view: View): string {
  if (view.query) return view.query;
  const params = new URLSearchParams();
  if (view.preset !== "equal") params.set("preset", view.preset);
  params.set("w", serializeWeightMap(view.criterionWeights));
  params.set("cw", serializeWeightMap(view.categoryWeights));
  if (view.method !== DEFAULT_METHOD) params.set("method", view.method);
  if (view.missing !== "mean") params.set("missing", view.missing);
  if (view.preferences && Object.keys(view.preferences).length) params.set("pf", serializePreferences(view.preferences));
  if (view.valueFunctions && Object.keys(view.valueFunctions).length) params.set("vf", serializeValueFunctions(view.valueFunctions));
  if (view.frameworks.length) params.set("fw", view.frameworks.join(","));
  if (view.assumptions?.length) params.set("assume", serializeAssumptions(view.assumptions));
  return params.toString();
}
