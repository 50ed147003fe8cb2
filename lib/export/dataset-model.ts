import { buildComparison } from "../compare/build-comparison";
import type { PreferenceMap } from "../compare/preference-functions";
import type { ValueFunctionMap } from "../compare/value-functions";
import type { Dataset } from "../domain/dataset";
import type { Preset, WeightMap } from "../domain/preset";
import { resolveWeights } from "../scoring/effective-weights";
import { DEFAULT_METHOD } from "../scoring/methods/registry";
import type { MissingPolicy, ScoringMethod } from "../scoring/types";
import type { Locale } from "../i18n/locales";
import { buildComparisonModel, type ComparisonModel } from "./comparison-model";

/** The comparison model of a whole dataset under a preset and overrides, without a database: for benchmarks and tests of the writers. */
export function datasetComparisonModel(
  dataset: Dataset,
  view: {
    preset?: Preset;
    criterion?: WeightMap;
    category?: WeightMap;
    method?: ScoringMethod;
    missing?: MissingPolicy;
    preferences?: PreferenceMap;
    valueFunctions?: ValueFunctionMap;
    viewUrl?: string;
    generatedAt?: string;
    locale?: Locale;
  } = {},
): ComparisonModel {
  const method = view.method ?? DEFAULT_METHOD;
  const missing = view.missing ?? "mean";
  const weights = resolveWeights(
    dataset.criteria,
    dataset.categories.map((c) => c.slug),
    view.preset,
    { criterion: view.criterion ?? {}, category: view.category ?? {} },
  );
  const { preferences, valueFunctions } = view;
  const comparison = buildComparison({ frameworks: dataset.frameworks, criteria: dataset.criteria, weights, method, missing, preferences, valueFunctions });
  return buildComparisonModel({
    frameworks: dataset.frameworks,
    criteria: dataset.criteria,
    categories: dataset.categories,
    actors: dataset.actors,
    sources: dataset.sources,
    preset: view.preset,
    weights,
    comparison,
    method,
    missing,
    preferences,
    valueFunctions,
    viewUrl: view.viewUrl ?? "http://localhost:3000/compare",
    generatedAt: view.generatedAt ?? "2026-01-01T00:00:00.000Z",
    notices: [],
    locale: view.locale,
  });
}
