"use client";

import { useMemo } from "react";
import type { Category, Criterion } from "@/lib/domain/criterion";
import type { Framework } from "@/lib/domain/framework";
import type { Preset } from "@/lib/domain/preset";
import { buildComparison } from "@/lib/compare/build-comparison";
import { onlySupportedBy } from "@/lib/compare/only-supported-by";
import { viewLabel } from "@/lib/compare/view-label";
import { resolveWeights } from "@/lib/scoring/effective-weights";
import { useCompareState } from "./use-compare-state";

export const DEFAULT_PRESET = "equal";

/** A source a view can be limited to ("only what this source supports"). */
export type SourceChoice = { slug: string; title: string; author: string; year: number; revision: number };

export type ComparisonData = {
  frameworks: Framework[];
  criteria: Criterion[];
  categories: Category[];
  presets: Preset[];
  scenarioSlugs: string[];
  sources: SourceChoice[];
};

/**
 * The view state of /compare, read from the URL and validated against the data: the chosen
 * frameworks, the resolved weights and the comparison computed from them. /compare and
 * /inclusiveness share it, so a link carries the same view between them.
 */
export function useComparisonFromUrl({ frameworks, criteria, categories, presets, scenarioSlugs, sources }: ComparisonData) {
  const [params, setParams] = useCompareState();
  const known = useMemo(
    () => ({
      criteria: new Set(criteria.map((c) => c.slug)),
      categories: new Set(categories.map((c) => c.slug)),
      frameworks: new Set(frameworks.map((f) => f.slug)),
      presets: new Set(presets.map((p) => p.slug)),
      scenarios: new Set(scenarioSlugs),
      sources: new Set(sources.map((s) => s.slug)),
    }),
    [criteria, categories, frameworks, presets, scenarioSlugs, sources],
  );
  const presetSlug = params.preset && known.presets.has(params.preset) ? params.preset : DEFAULT_PRESET;
  const preset = presets.find((p) => p.slug === presetSlug);

  // Keyed by their text so that a weight change leaves these arrays, and the matrix, untouched.
  const chosenKey = (params.fw ?? frameworks.map((f) => f.slug)).filter((s, i, all) => known.frameworks.has(s) && all.indexOf(s) === i).join(",");
  const chosen = useMemo(() => (chosenKey ? chosenKey.split(",") : []), [chosenKey]);
  const pinnedKey = params.pin.filter((s) => chosen.includes(s)).join(",");
  const pinned = useMemo(() => (pinnedKey ? pinnedKey.split(",") : []), [pinnedKey]);
  // "Only what this source supports": the values that cite none of its lines are left out of this view.
  const sourceFilter = (params.source && sources.find((s) => s.slug === params.source)) || null;
  const supported = useMemo(
    () =>
      onlySupportedBy(
        chosen.map((slug) => frameworks.find((f) => f.slug === slug)!),
        sourceFilter?.slug ?? null,
      ),
    [chosen, frameworks, sourceFilter?.slug],
  );
  const chosenFrameworks = supported.frameworks;

  const resolved = useMemo(
    () =>
      resolveWeights(
        criteria,
        categories.map((c) => c.slug),
        preset,
        { criterion: params.w, category: params.cw },
      ),
    [criteria, categories, preset, params.w, params.cw],
  );
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
    () => buildComparison({ frameworks: chosenFrameworks, criteria, weights: resolved, method: params.method, missing: params.missing }),
    [chosenFrameworks, criteria, resolved, params.method, params.missing],
  );
  return {
    params,
    setParams,
    known,
    presetSlug,
    preset,
    chosen,
    pinned,
    chosenFrameworks,
    resolved,
    label,
    comparison,
    sourceFilter,
    unsupported: supported.unsupported,
  };
}
