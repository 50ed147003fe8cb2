"use client";

import { useMemo } from "react";
import type { Category, Criterion } from "@/lib/domain/criterion";
import type { FrameworkLabel } from "@/lib/domain/framework";
import type { ScenarioBase } from "@/lib/domain/scenario";
import { checkAssumptions, parseAssumptions, serializeAssumptions } from "@/lib/compare/assumptions";
import { type Comparison, type ComparisonFromValues, type RankedView, rankingAnalysis, rankView, withAssumed } from "@/lib/compare/build-comparison";
import { cellIndex, valueRows } from "@/lib/compare/cell-index";
import type { CompareMatrix } from "@/lib/compare/compare-matrix";
import { cellKey } from "@/lib/compare/cell-key";
import { parsePreferences, serializePreferences } from "@/lib/compare/preference-functions";
import { parseValueFunctions, serializeValueFunctions } from "@/lib/compare/value-functions";
import { viewLabel } from "@/lib/compare/view-label";
import type { LocalisedPreset } from "@/lib/i18n/localise-vocabulary";
import { knownSlugs, resolveView } from "@/lib/compare/resolve-view";
import { serializeWeightMap } from "@/lib/url-state/compare-params";
import { useCompareState } from "./use-compare-state";
import { useKeyed } from "./use-keyed";

/** A source a view can be limited to ("only what this source supports"). */
export type SourceChoice = { slug: string; title: string; author: string; year: number; revision: number };

/** `matrix` holds the frameworks' values and confidences on the criteria (lib/compare/compare-matrix). */
export type ComparisonData<F extends FrameworkLabel = FrameworkLabel> = {
  frameworks: F[];
  criteria: Criterion[];
  categories: Category[];
  /** In the page's language (localisePreset). */
  presets: LocalisedPreset[];
  /** The saved scenarios a link may name (`scenario=`): the view opened from one starts from it and is labelled by its title. */
  scenarios: ScenarioBase[];
  sources: SourceChoice[];
  matrix: CompareMatrix;
};

/**
 * The view state of /compare, read from the URL and validated against the data: the chosen
 * frameworks, the resolved weights and the comparison computed from them. /compare and
 * /inclusiveness share it, so a link carries the same view between them.
 */
export function useComparisonFromUrl<F extends FrameworkLabel>(data: ComparisonData<F>) {
  return useComparisonFromParams(data, useCompareState());
}

/** The view's URL state as useCompareState gives it. */
export type CompareState = ReturnType<typeof useCompareState>;

/** The same from URL state read by a parent, so that the URL's echo after a write re-renders only that parent. */
export function useComparisonFromParams<F extends FrameworkLabel>(
  { frameworks, criteria, categories, presets, scenarios, sources, matrix }: ComparisonData<F>,
  [params, setParams]: CompareState,
) {
  const catalog = useMemo(
    () => ({ frameworks, criteria, categories, presets, scenarios, sources }),
    [frameworks, criteria, categories, presets, scenarios, sources],
  );
  const known = useMemo(() => knownSlugs(catalog), [catalog]);
  const view = resolveView(params, catalog, known);
  const { presetSlug, preset, scenario, fromScenario } = view;
  // Keyed by their text, so that a weight change leaves these arrays, and the matrix, untouched.
  const chosen = useKeyed(view.chosen, view.chosen.join(","));
  const pinned = useKeyed(view.pinned, view.pinned.join(","));
  const locked = useKeyed(view.locked, view.locked.join(","));
  const chosenCategories = useKeyed(view.categories, view.categories.join(","));
  // And so is this: the URL write that follows a slider echoes the same weights back as new objects, which must not recompute the view.
  const resolved = useKeyed(view.weights, `${presetSlug}|${serializeWeightMap(params.w)}|${serializeWeightMap(params.cw)}`);
  const bySlug = useMemo(() => new Map(frameworks.map((f) => [f.slug, f])), [frameworks]);
  const chosenFrameworks = useMemo(() => chosen.map((slug) => bySlug.get(slug)!), [chosen, bySlug]);
  const cells = useMemo(() => cellIndex(matrix), [matrix]);
  // "Only what this source supports": the values that cite none of its lines are left out of this view.
  const sourceFilter = (view.source && sources.find((s) => s.slug === view.source)) || null;
  // The chosen frameworks' values, a column per criterion: what the engine scores and "only where they differ" reads.
  const { chosenValues, unsupported } = useMemo(() => {
    const values = valueRows(cells, chosen, criteria);
    const left = new Set<string>();
    if (!sourceFilter) return { chosenValues: values, unsupported: left };
    const kept = chosen.map((slug, i) => {
      const row = cells.row(slug);
      return criteria.map((c, j) => {
        const column = cells.column(c.slug);
        if (cells.at(row, column) === undefined || cells.supports(sourceFilter.slug, row, column)) return values[i]![j] ?? null;
        left.add(cellKey(slug, c.slug));
        return null;
      });
    });
    return { chosenValues: kept, unsupported: left };
  }, [cells, chosen, criteria, sourceFilter]);

  // What is good per criterion (the link's, else the preset's), keyed by its text like the weights.
  const vfKey = serializeValueFunctions(view.valueFunctions);
  const valueFunctions = useMemo(() => parseValueFunctions(vfKey), [vfKey]);
  // "Custom (from <preset>)" once a weight or a value function differs from the preset (or the scenario it was opened from): the label every export prints too.
  const label = useMemo(
    () =>
      viewLabel(
        criteria,
        categories.map((c) => c.slug),
        preset,
        resolved,
        valueFunctions,
        fromScenario,
      ),
    [criteria, categories, preset, resolved, valueFunctions, fromScenario],
  );
  // The analyst's own values for silent cells, kept where the data allows them (the rest is named in a notice).
  const assumeKey = serializeAssumptions(view.assumptions);
  const assumptions = useMemo(() => checkAssumptions(parseAssumptions(assumeKey), cells, criteria), [assumeKey, cells, criteria]);
  // What the engine scores: the chosen values with those assumptions filled in.
  const scoredValues = useMemo(() => withAssumed(chosen, criteria, chosenValues, assumptions.values), [chosen, criteria, chosenValues, assumptions]);
  // PROMETHEE II's preference functions, keyed by their text like the weights.
  const pfKey = serializePreferences(params.pf);
  const preferences = useMemo(() => parsePreferences(pfKey), [pfKey]);
  // What the engine scores, in one object: the ranking follows it at once, the analysis (useRankingAnalysis) may lag behind.
  const scoring = useMemo<ComparisonFromValues>(
    () => ({
      frameworks: chosen,
      values: scoredValues,
      criteria,
      weights: resolved,
      method: params.method,
      missing: params.missing,
      preferences,
      valueFunctions,
    }),
    [chosen, scoredValues, criteria, resolved, params.method, params.missing, preferences, valueFunctions],
  );
  const ranked = useMemo(() => rankView(scoring), [scoring]);
  return {
    params,
    setParams,
    known,
    presetSlug,
    preset,
    scenario,
    fromScenario,
    chosen,
    pinned,
    locked,
    chosenCategories,
    chosenFrameworks,
    chosenValues,
    scoredValues,
    cells,
    resolved,
    label,
    preferences,
    valueFunctions,
    scoring,
    ranked,
    assumptions,
    sourceFilter,
    unsupported: unsupported as ReadonlySet<string>,
  };
}

/** The whole comparison of a ranked view: its ranking with the contributions, flips and tornado that explain it. */
export function useRankingAnalysis(ranked: RankedView, scoring: ComparisonFromValues): Comparison {
  return useMemo(() => ({ ...ranked, ...rankingAnalysis(ranked, scoring) }), [ranked, scoring]);
}
