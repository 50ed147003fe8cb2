import { createSerializer } from "nuqs/server";
import type { WeightMap } from "../domain/preset";
import { compareParsers } from "../url-state/compare-params";
import { pairwiseParsers } from "../url-state/pairwise-params";

const serialize = createSerializer({ ...compareParsers, ...pairwiseParsers });

/** The entries of `weights` that differ from `base` (what the link's preset gives anyway): links stay short. */
function overrides(weights: WeightMap, base: Record<string, number>): WeightMap | null {
  const kept = Object.entries(weights).filter(([slug, w]) => w !== base[slug]);
  return kept.length ? Object.fromEntries(kept) : null;
}

/**
 * The /compare link that shows the AHP weights: the view's other settings kept (frameworks,
 * method, filters...), the preset dropped (the weights are the questionnaire's now, a custom
 * view "from Equal weights"), the weights that differ from the equal preset's written as w= and
 * cw=, and the answers as ahp= so that the questionnaire can be reopened from there.
 */
export function applyToCompareHref(
  current: URLSearchParams,
  weights: { criterion: WeightMap; category: WeightMap },
  equal: { criterion: Record<string, number>; category: Record<string, number> },
  answers: string,
): string {
  const base = new URLSearchParams(current);
  for (const key of ["preset", "w", "cw", "ahp"]) base.delete(key);
  return serialize(`/compare?${base}`, {
    w: overrides(weights.criterion, equal.criterion),
    cw: overrides(weights.category, equal.category),
    ahp: answers || null,
  });
}
