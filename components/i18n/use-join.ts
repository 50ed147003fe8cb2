import { useLanguage } from "./use-language";

/** Arabic and Persian separate the items of a list with the Arabic comma. */
const SEPARATORS = { en: ", ", ar: "، ", fa: "، ", ru: ", " } as const;

/**
 * Joins names into a plain list ("A, B, C"; "A، B، C" in Arabic and Persian), without the "and"
 * of a conjunction that Intl.ListFormat adds. Server and client components alike.
 */
export function useJoin(): (items: readonly string[]) => string {
  const separator = SEPARATORS[useLanguage()];
  return (items) => items.join(separator);
}
