import type { Locale } from "./locales";

/**
 * Names in the order a reader of the language expects: Arabic and Persian by their own alphabets
 * (Persian پ چ ژ گ in their places), Russian by the Cyrillic one with ё beside е, numbers inside
 * names by value ("Track 2" before "Track 10"). Case and accents break ties only.
 */
export function compareNames(locale: Locale): (a: string, b: string) => number {
  return new Intl.Collator(locale, { numeric: true, sensitivity: "variant" }).compare;
}

/** A list sorted by a name the caller picks, in the language's order; the list itself is left as it was. */
export const sortByName = <T>(items: readonly T[], nameOf: (item: T) => string, locale: Locale): T[] => {
  const compare = compareNames(locale);
  return [...items].sort((a, b) => compare(nameOf(a), nameOf(b)));
};
