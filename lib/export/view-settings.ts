import { METHOD_LABELS, MISSING_LABELS, NORMALISATION_LABELS } from "../compare/method-labels";
import { describePreferences, PREFERENCES_SETTING, readsPreferences } from "../compare/preference-functions";
import { describeCriterionValue, describeValueFunctions, VALUE_FUNCTIONS_SETTING } from "../compare/value-functions";
import { methodOf } from "../scoring/methods/registry";
import type { ComparisonModel } from "./comparison-model";
import { CODED_SETTINGS } from "./sheet-columns";

/** The settings that made a sheet, as label-value pairs every writer prints the same way. */
export function viewSettings(model: ComparisonModel): Array<[string, string]> {
  const changed = model.label.changed.criteria.length + model.label.changed.categories.length;
  const changedFunctions = model.label.changed.valueFunctions.length;
  const changes = [
    changed > 0 && `${changed} weight${changed === 1 ? "" : "s"}`,
    changedFunctions > 0 && `${changedFunctions} value function${changedFunctions === 1 ? "" : "s"}`,
  ].filter(Boolean);
  return [
    ["Weights", model.label.text],
    ...(model.label.custom
      ? [["Changed from the preset", `${changes.join(" and ")} (the table gives every weight and what is good)`] as [string, string]]
      : []),
    [CODED_SETTINGS.method, METHOD_LABELS[model.method]],
    ["Normalisation", NORMALISATION_LABELS[model.method]],
    [CODED_SETTINGS.missing, MISSING_LABELS[model.missing]],
    [VALUE_FUNCTIONS_SETTING, describeValueFunctions(model.valueFunctions, model.criteria)],
    ...(readsPreferences(methodOf(model.method).criterionParameters)
      ? [[PREFERENCES_SETTING, describePreferences(model.preferences, model.criteria)] as [string, string]]
      : []),
    ...(model.assumptions.length ? [[ASSUMPTIONS_SETTING, describeAssumptions(model)] as [string, string]] : []),
    ...(model.sourceFilter
      ? [
          [
            SOURCE_FILTER_LABEL,
            `${model.sourceFilter.title} (${model.sourceFilter.slug}): ${model.sourceFilter.leftOut} value${model.sourceFilter.leftOut === 1 ? "" : "s"} that cite no line of it left out, as missing`,
          ] as [string, string],
        ]
      : []),
  ];
}

/** The settings row of a view limited to one source. */
export const SOURCE_FILTER_LABEL = "Only what this source supports";

/** The settings row that lists the analyst's own values (an import skips it: they travel in the view's link). */
export const ASSUMPTIONS_SETTING = "Your own values";

/** "2 assumed where the source is silent, not from the data: HOPE on Viability = 2; ..." */
function describeAssumptions(model: Pick<ComparisonModel, "assumptions">): string {
  const n = model.assumptions.length;
  return `${n} value${n === 1 ? "" : "s"} assumed by the analyst where the source is silent, for this view only (not in the data): ${model.assumptions
    .map((a) => `${a.frameworkName} on ${a.criterionName} = ${a.value}`)
    .join("; ")}`;
}

/** How a sheet marks an assumed value in its cell. */
export const ASSUMED_MARK = "(your assumption)";

type WeightRow = {
  name: string;
  slug: string;
  categoryName: string;
  /** 0-100, as set on screen. */
  criterionWeight: number;
  /** 0-100, the weight of the criterion's category. */
  categoryWeight: number;
  /** criterion x category weight as a share of the total (sums to 1, or all 0 when every weight is 0). */
  effective: number;
  /** Whether this criterion's or its category's weight, or its value function, differs from the preset's. */
  changed: boolean;
  /** What is good on it in this view: "higher is better", "lower is better" or its own values. */
  good: string;
  /** Whether that is not the criterion's own direction. */
  ownValue: boolean;
};

export const WEIGHT_TABLE_HEADER = [
  "Criterion",
  "Slug",
  "Category",
  "Criterion weight (0-100)",
  "Category weight (0-100)",
  "Effective weight",
  "What is good",
] as const;

/** The full weight table: each criterion's own weight, its category's, the effective share and what is good on it. */
export function weightTable(model: ComparisonModel): WeightRow[] {
  const criteria = new Set(model.label.changed.criteria);
  const categories = new Set(model.label.changed.categories);
  const functions = new Set(model.label.changed.valueFunctions);
  return model.criteria.map((c) => ({
    name: c.name,
    slug: c.slug,
    categoryName: c.categoryName,
    criterionWeight: c.criterionWeight,
    categoryWeight: c.categoryWeight,
    effective: c.normalisedWeight,
    changed: criteria.has(c.slug) || categories.has(c.category) || functions.has(c.slug),
    good: describeCriterionValue(c, model.valueFunctions),
    ownValue: model.valueFunctions[c.slug] !== undefined,
  }));
}
