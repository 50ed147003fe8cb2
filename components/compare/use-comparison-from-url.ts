"use client";

import { useMemo } from "react";
import type { Category, Criterion } from "@/lib/domain/criterion";
import type { FrameworkLabel } from "@/lib/domain/framework";
import type { Preset } from "@/lib/domain/preset";
import { buildComparisonFromValues } from "@/lib/compare/build-comparison";
import { cellIndex, valueRows } from "@/lib/compare/cell-index";
import type { CompareMatrix } from "@/lib/compare/compare-matrix";
import { viewLabel } from "@/lib/compare/view-label";
import { resolveWeights } from "@/lib/scoring/effective-weights";
import { useCompareState } from "./use-compare-state";

export const DEFAULT_PRESET = "equal";

/** `matrix` holds the frameworks' values and confidences on the criteria (lib/compare/compare-matrix). */
export type ComparisonData<F extends FrameworkLabel = FrameworkLabel> = {
  frameworks: F[];
  criteria: Criterion[];
  categories: Category[];
  presets: Preset[];
  scenarioSlugs: string[];
  matrix: CompareMatrix;
};

/**
 * The view state of /compare, read from the URL and validated against the data: the chosen
 * frameworks, the resolved weights and the comparison computed from them. /compare and
 * /inclusiveness share it, so a link carries the same view between them.
 */
export function useComparisonFromUrl<F extends FrameworkLabel>({ frameworks, criteria, categories, presets, scenarioSlugs, matrix }: ComparisonData<F>) {
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
  const bySlug = useMemo(() => new Map(frameworks.map((f) => [f.slug, f])), [frameworks]);
  const chosenFrameworks = useMemo(() => chosen.map((slug) => bySlug.get(slug)!), [chosen, bySlug]);
  const cells = useMemo(() => cellIndex(matrix), [matrix]);
  // The chosen frameworks' values, a column per criterion: what the engine scores and "only where they differ" reads.
  const chosenValues = useMemo(() => valueRows(cells, chosen, criteria), [cells, chosen, criteria]);

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
    () => buildComparisonFromValues({ frameworks: chosen, values: chosenValues, criteria, weights: resolved, method: params.method, missing: params.missing }),
    [chosen, chosenValues, criteria, resolved, params.method, params.missing],
  );
  return { params, setParams, known, presetSlug, preset, chosen, pinned, chosenFrameworks, chosenValues, cells, resolved, label, comparison };
}
