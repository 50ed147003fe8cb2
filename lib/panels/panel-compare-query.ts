import type { PanelResult } from "../domain/panel";
import { serializeWeightMap } from "../url-state/compare-params";

/**
 * The /compare query of a panel's result: the group's weights on the 0-100 sliders (the largest
 * at 100), every criterion the panel left out at 0, and the panel's frameworks.
 */
export function panelCompareQuery(result: Pick<PanelResult, "weights" | "frameworks">, allCriteria: readonly string[]): string {
  const max = Math.max(0, ...Object.values(result.weights));
  const group = Object.fromEntries(Object.entries(result.weights).map(([c, w]) => [c, Math.round((w / (max || 1)) * 10000) / 100]));
  return new URLSearchParams({
    w: serializeWeightMap({ ...Object.fromEntries(allCriteria.map((c) => [c, 0])), ...group }),
    fw: result.frameworks.join(","),
  }).toString();
}
