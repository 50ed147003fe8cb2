import type { View } from "../export/view-export";
import { serializeAssumptions } from "../compare/assumptions";
import { serializeWeightMap } from "../url-state/compare-params";

/** The /compare query string that shows a loaded view. */
export function viewToQuery(view: View): string {
  if (view.query) return view.query;
  const params = new URLSearchParams();
  if (view.preset !== "equal") params.set("preset", view.preset);
  params.set("w", serializeWeightMap(view.criterionWeights));
  params.set("cw", serializeWeightMap(view.categoryWeights));
  if (view.method !== "wsm") params.set("method", view.method);
  if (view.missing !== "mean") params.set("missing", view.missing);
  if (view.frameworks.length) params.set("fw", view.frameworks.join(","));
  if (view.assumptions?.length) params.set("assume", serializeAssumptions(view.assumptions));
  return params.toString();
}
