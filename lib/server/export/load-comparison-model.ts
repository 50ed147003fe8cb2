import { createLoader } from "nuqs/server";
import { checkAssumptions } from "../../compare/assumptions";
import { buildComparison } from "../../compare/build-comparison";
import { cellIndex } from "../../compare/cell-index";
import { compareMatrix } from "../../compare/compare-matrix";
import { onlySupportedBy } from "../../compare/only-supported-by";
import { knownSlugs, resolveView } from "../../compare/resolve-view";
import { buildComparisonModel, type ComparisonModel } from "../../export/comparison-model";
import { DEFAULT_LOCALE, type Locale } from "../../i18n/locales";
import { compareParsers } from "../../url-state/compare-params";
import { describeInvalidParams } from "../../url-state/describe-invalid-params";
import { listActors } from "../actors/list-actors";
import { listCategories } from "../criteria/list-categories";
import { listCriteria } from "../criteria/list-criteria";
import { getDb, type Db } from "../db";
import { readDataset } from "../dataset/read-dataset";
import { listFrameworks } from "../frameworks/list-frameworks";
import { listPresets } from "../scenarios/list-presets";
import { listSavedScenarios } from "../scenarios/scenario-store";
import { readThroughModel } from "../read-model";

const loadCompareParams = createLoader(compareParsers);

/**
 * The comparison a /compare URL shows, computed on the server by the same engine: the query
 * string is parsed by the same nuqs parsers, invalid values fall back to defaults and are
 * reported as notices. The sheet's words and names are in `locale`.
 */
export async function loadComparisonModel(
  search: URLSearchParams,
  viewUrl: string,
  generatedAt: string,
  db: Db = getDb(),
  version?: number,
  locale: Locale = DEFAULT_LOCALE,
): Promise<ComparisonModel> {
  const read = async <T>(key: string, load: (db: Db) => Promise<T>) => (await readThroughModel(key, load, { db, knownVersion: version })).value;
  const [frameworks, criteria, categories, actors, presets, scenarios, dataset] = await Promise.all([
    read("frameworks", listFrameworks),
    read("criteria", listCriteria),
    read("categories", listCategories),
    read("actors", listActors),
    read("presets", listPresets),
    read("saved-scenarios", listSavedScenarios),
    read("dataset", readDataset),
  ]);
  const catalog = { frameworks, criteria, categories, presets, scenarios, sources: dataset.sources };
  const known = knownSlugs(catalog);
  const params = loadCompareParams(search);
  const view = resolveView(params, catalog, known);
  const source = view.source ? dataset.sources.find((s) => s.slug === view.source)! : null;
  const supported = onlySupportedBy(
    view.chosen.map((slug) => frameworks.find((f) => f.slug === slug)!),
    source?.slug ?? null,
  );
  const shown = supported.frameworks;
  const { preset, weights } = view;
  const assumptions = checkAssumptions(view.assumptions, cellIndex(compareMatrix(frameworks, criteria)), criteria);
  const comparison = buildComparison({
    frameworks: shown,
    criteria,
    weights,
    method: params.method,
    missing: params.missing,
    preferences: params.pf,
    valueFunctions: view.valueFunctions,
    assumed: assumptions.values,
  });
  return buildComparisonModel({
    frameworks: shown,
    criteria,
    categories,
    actors,
    sources: dataset.sources,
    preset,
    scenario: view.fromScenario,
    weights,
    comparison,
    method: params.method,
    missing: params.missing,
    preferences: params.pf,
    valueFunctions: view.valueFunctions,
    viewUrl,
    generatedAt,
    notices: [...describeInvalidParams((key) => search.get(key), known), ...assumptions.ignored],
    assumptions,
    sourceFilter: source && { slug: source.slug, title: source.title, leftOut: supported.unsupported.size },
    locale,
  });
}
