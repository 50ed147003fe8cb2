import { directionOf } from "@/lib/i18n/locales";
import { useLanguage } from "./use-language";

const FSI = "\u2068";
const PDI = "\u2069";

/**
 * Isolates a name (English data) inside a sentence held as a string, where <bdi> cannot go (an
 * aria-label, a chart's reading that its download also prints): on a right-to-left page only, so
 * English strings stay as they are.
 */
export function useIsolate(): (text: string) => string {
  return directionOf(useLanguage()) === "rtl" ? (text) => `${FSI}${text}${PDI}` : (text) => text;
}
