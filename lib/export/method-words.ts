import { METHOD_LABELS, MISSING_LABELS } from "../compare/method-labels";
import type { MissingPolicy, ScoringMethod } from "../scoring/types";
import type { SheetWords } from "./sheet-words";

/** A method's name as the interface gives it (`ranking.methods.<id>`). */
export const methodLabel = (method: ScoringMethod, words: SheetWords) => words.shared(`ranking.methods.${method}`, METHOD_LABELS[method]);

/** A missing-value policy's name as the interface gives it (`ranking.missing.<policy>`). */
export const missingLabel = (missing: MissingPolicy, words: SheetWords) => words.shared(`ranking.missing.${missing}`, MISSING_LABELS[missing]);

/**
 * A method's own words on a sheet (its normalisation, intro, suffixes, helper headers joined by
 * "|", score label) in the sheet's language; the module's English where the messages have none
 * (a method added without them).
 */
export function methodWord(
  words: SheetWords,
  method: ScoringMethod,
  key: "intro" | "scoredSuffix" | "weightedSuffix" | "helpers" | "scoreLabel" | "normalisation",
  english: string,
): string {
  return words.shared(`exportSheet.methods.${method}.${key}`, english);
}
