import { CODED_SETTINGS } from "../export/sheet-columns";
import { inEveryLanguage, sheetWords } from "../export/sheet-words";

/**
 * A sheet's labels as any language writes them (a sheet exported in Arabic imports like an
 * English one), by their message keys (`exportSheet.*`); problems name them in English.
 */
export const LABELS = {
  weight: inEveryLanguage("column.weightNormalised"),
  criterion: inEveryLanguage("column.criterion"),
  criterionWeight: inEveryLanguage("column.criterionWeight"),
  categoryWeight: inEveryLanguage("column.categoryWeight"),
  effectiveWeight: inEveryLanguage("column.effectiveWeight"),
  method: inEveryLanguage(CODED_SETTINGS.method),
  missing: inEveryLanguage(CODED_SETTINGS.missing),
  preferences: inEveryLanguage("settings.preferences"),
  valueFunctions: inEveryLanguage("settings.valueFunctions"),
};

/** A label as the English sheet writes it, which an issue names. */
export const english = (key: string) => sheetWords("en").t(key);
