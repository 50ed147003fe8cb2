"use client";

import { useMemo } from "react";
import type { Category, Criterion } from "@/lib/domain/criterion";
import type { Framework } from "@/lib/domain/framework";
import type { Preset } from "@/lib/domain/preset";
import { checkAssumptions, parseAssumptions, serializeAssumptions } from "@/lib/compare/assumptions";
import { buildComparison } from "@/lib/compare/build-comparison";
import { viewLabel } from "@/lib/compare/view-label";
import { resolveWeights } from "@/lib/scoring/effective-weights";
import { parseWeightMap, serializeWeightMap } from "@/lib/url-state/compare-params";
import { useCompareState } from "./use-compare-state";

export const DEFAULT_PRESET = "equal";

export type ComparisonData = { frameworks: Framework[]; criteria: Criterion[]; categories: Category[]; presets: Preset[]; scenarioSlugs: string[] };

/**
 * The view state of /compare, read from the URL and validated against the data: the chosen
 * frameworks, the resolved weights and the comparison computed from them. /compare and
 * /inclusiveness share it, so a link carries the same view between them.
 */
export function useComparisonFromUrl({ frameworks, criteria, categories, presets, scenarioSlugs }: ComparisonData) {
  const [params, setParams] = useCompareState();
  const known = useMemo(
    () => ({
      criteria: new Set(criteria.map((c) => c.slug)),
      categories: new Set(categories.map((c) => c.slug)),
      frameworks: new Set(frameworks.map((f) => f.slug)),
      presets: new Set(presets.map((p) => p.slug)),
      scenarios: new Set(scenarioSlugs),
    }),
    [criteria, categories, frameworks, presets, scenarioSlugs],
  );
  const presetSlug = params.preset && known.presets.has(params.preset) ? params.preset : DEFAULT_PRESET;
  const preset = presets.find((p) => p.slug === presetSlug);

  // Keyed by their text so that a weight change leaves these arrays, and the matrix, untouched.
  const chosenKey = (params.fw ?? frameworks.map((f) => f.slug)).filter((s, i, all) => known.frameworks.has(s) && all.indexOf(s) === i).join(",");
  const chosen = useMemo(() => (chosenKey ? chosenKey.split(",") : []), [chosenKey]);
  const pinnedKey = params.pin.filter((s) => chosen.includes(s)).join(",");
  const pinned = useMemo(() => (pinnedKey ? pinnedKey.split(",") : []), [pinnedKey]);
  const chosenFrameworks = useMemo(() => chosen.map((slug) => frameworks.find((f) => f.slug === slug)!), [chosen, frameworks]);

  // Keyed by their text too: the URL write that follows a slider echoes the same values back as new objects, which must not recompute the view.
  const wKey = serializeWeightMap(params.w);
  const cwKey = serializeWeightMap(params.cw);
  const resolved = useMemo(
    () =>
      resolveWeights(
        criteria,
        categories.map((c) => c.slug),
        preset,
        { criterion: parseWeightMap(wKey), category: parseWeightMap(cwKey) },
      ),
    [criteria, categories, preset, wKey, cwKey],
  );
  // The analyst's own values for silent cells, kept where the data allows them (the rest is named in a notice).
  const assumeKey = serializeAssumptions(params.assume);
  const assumptions = useMemo(() => checkAssumptions(parseAssumptions(assumeKey), frameworks, criteria), [assumeKey, frameworks, criteria]);
  // "Custom (from <preset>)" once a weight differs from the preset: the label every export prints too.
  const label = useMemo(
    () =>
      viewLabel(
        criteria,
        categories.map((c) => c.slug),
        preset,
        resolved,
      ),
    [criteria, categories, preset, resolved],
  );
  const comparison = useMemo(
    () =>
      buildComparison({
        frameworks: chosenFrameworks,
        criteria,
        weights: resolved,
        method: params.method,
        missing: params.missing,
        assumed: assumptions.values,
      }),
    [chosenFrameworks, criteria, resolved, params.method, params.missing, assumptions],
  );
  return { params, setParams, known, presetSlug, preset, chosen, pinned, chosenFrameworks, resolved, label, comparison, assumptions };
}
