import { serializePreferences, THRESHOLDS, type PreferenceMap, readsPreferences, type Threshold } from "../compare/preference-functions";
import { serializeValueFunctions, type ValueFunctionMap } from "../compare/value-functions";
import { methodOf } from "../scoring/methods/registry";
import { describePoints, type ValueFunction } from "../scoring/value-function";
import type { ComparisonModel } from "./comparison-model";
import { NORMALISATION_LABELS } from "../compare/method-labels";
import { methodLabel, methodWord, missingLabel } from "./method-words";
import { SLUG_HEADER } from "./sheet-columns";
import { sheetWords, type SheetWords } from "./sheet-words";

/**
 * A setting that made a sheet, as every writer prints it: its label and value in the sheet's
 * language and, for those an import reads back, its code (wsm, mean, a link's pf and vf), the
 * same in every language.
 */
export type ViewSetting = { label: string; value: string; code?: string };

/** The settings that made a sheet, in the sheet's language. */
export function viewSettings(model: ComparisonModel): ViewSetting[] {
  const words = sheetWords(model.locale);
  const { t } = words;
  const changed = model.label.changed.criteria.length + model.label.changed.categories.length;
  const changedFunctions = model.label.changed.valueFunctions.length;
  const weights = changed > 0 ? t("settings.changedWeights", { count: changed }) : null;
  const functions = changedFunctions > 0 ? t("settings.changedFunctions", { count: changedFunctions }) : null;
  const changes = weights && functions ? t("settings.changedBoth", { weights, functions }) : (weights ?? functions ?? "");
  const settings: ViewSetting[] = [{ label: t("settings.weights"), value: model.label.text }];
  if (model.label.custom) settings.push({ label: t("settings.changed"), value: t("settings.changedValue", { changes }) });
  settings.push(
    { label: t("settings.method"), value: methodLabel(model.method, words), code: model.method },
    { label: t("settings.normalisation"), value: methodWord(words, model.method, "normalisation", NORMALISATION_LABELS[model.method]) },
    { label: t("settings.missing"), value: missingLabel(model.missing, words), code: model.missing },
    {
      label: t("settings.valueFunctions"),
      value: describeValueFunctions(model.valueFunctions, model.criteria, words),
      code: serializeValueFunctions(model.valueFunctions),
    },
  );
  if (readsPreferences(methodOf(model.method).criterionParameters))
    settings.push({
      label: t("settings.preferences"),
      value: describePreferences(model.preferences, model.criteria, words),
      code: serializePreferences(model.preferences),
    });
  if (model.assumptions.length)
    settings.push({
      label: t("settings.assumptions"),
      value: t("settings.assumptionsValue", {
        count: model.assumptions.length,
        n: String(model.assumptions.length),
        list: words.list(
          model.assumptions.map((a) => t("settings.assumption", { framework: a.frameworkName, criterion: a.criterionName, value: String(a.value) })),
        ),
      }),
    });
  if (model.sourceFilter) {
    const { title, slug, leftOut } = model.sourceFilter;
    settings.push({ label: t("settings.sourceFilter"), value: t("settings.sourceFilterValue", { title, slug, count: leftOut, n: String(leftOut) }) });
  }
  return settings;
}

/** "higher is better", "lower is better" or "own values: -2 → 0, 0 → 0.5, 2 → 1", in the sheet's language. */
export function describeGood(f: ValueFunction, words: SheetWords): string {
  if ("direction" in f) return words.t(f.direction === "benefit" ? "good.higher" : "good.lower");
  return words.t("good.points", { points: describePoints(f.points) });
}

/** "Stance toward Iran: lower is better; every other criterion: its own direction". */
function describeValueFunctions(map: ValueFunctionMap, criteria: readonly { slug: string; name: string }[], words: SheetWords): string {
  const set = criteria.flatMap((c) => (map[c.slug] ? [words.t("good.item", { criterion: c.name, good: describeGood(map[c.slug]!, words) })] : []));
  if (set.length === 0) return words.t("good.none");
  return set.length < criteria.length ? words.t("good.others", { list: words.list(set) }) : words.list(set);
}

/** "Escalation risk: linear, q 0.5, p 2; every other criterion: usual" (the function's type and thresholds are codes). */
function describePreferences(map: PreferenceMap, criteria: readonly { slug: string; name: string }[], words: SheetWords): string {
  const set = criteria.flatMap((c) => {
    const f = map[c.slug];
    if (!f) return [];
    const thresholds = THRESHOLDS[f.type].map((t) => `, ${t} ${(f as Partial<Record<Threshold, number>>)[t]}`).join("");
    return [words.t("good.item", { criterion: c.name, good: `${f.type}${thresholds}` })];
  });
  if (set.length === 0) return words.t("preferences.none");
  return set.length < criteria.length ? words.t("preferences.others", { list: words.list(set) }) : words.list(set);
}

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

/** The weight table's header, in the sheet's language; its second column is always "Slug" (the slugs are the same in every language). */
export function weightTableHeader(words: SheetWords): string[] {
  const { t } = words;
  return [
    t("column.criterion"),
    SLUG_HEADER,
    t("column.category"),
    t("column.criterionWeight"),
    t("column.categoryWeight"),
    t("column.effectiveWeight"),
    t("column.good"),
  ];
}

/** The English header, which a sheet of any language is recognised by in tests. */
export const WEIGHT_TABLE_HEADER = weightTableHeader(sheetWords("en"));

/** The full weight table: each criterion's own weight, its category's, the effective share and what is good on it. */
export function weightTable(model: ComparisonModel): WeightRow[] {
  const words = sheetWords(model.locale);
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
    good: describeGood(model.valueFunctions[c.slug] ?? { direction: c.direction }, words),
    ownValue: model.valueFunctions[c.slug] !== undefined,
  }));
}
