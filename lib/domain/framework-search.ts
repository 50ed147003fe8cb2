import { z } from "zod";
import type { Framework } from "./framework";

/** A search for frameworks, as the API's `q`, the home page's and /compare's search box take it. */
export const frameworkQuerySchema = z.string().trim().max(200, "must be at most 200 characters");

/**
 * Letters Arabic and Persian text writes either way: the Persian ی and ک and the Arabic ي, ى
 * and ك (keyboards differ), ة written as ه, and the tatweel that only stretches a word.
 */
const ARABIC_VARIANTS: Record<string, string> = { ي: "ی", ى: "ی", ك: "ک", ة: "ه", "\u0640": "" };

/**
 * Case, accents, quotes and punctuation aside: "“Arab NATO”" and "arab-nato" read alike, and
 * so do Arabic with and without its vowel marks (الخَلِيج, الخليج), Persian typed on an Arabic
 * keyboard (كشورهاي, کشورهای), a word with or without its half-space (چارچوب‌ها, چارچوبها),
 * Russian ё and е, and Arabic-Indic or Persian digits and Latin ones.
 */
export const foldForSearch = (text: string) =>
  text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[\u0640\u064A\u0643\u0649\u0629]/g, (c) => ARABIC_VARIANTS[c]!)
    // Both blocks put the digit in the code point's last hex digit (U+0663 ٣, U+06F3 ۳).
    .replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => String(d.codePointAt(0)! & 0xf))
    .replace(/\u200C/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

type Searched = Pick<Framework, "slug" | "name" | "shortName" | "aliases" | "translations">;

/**
 * Whether a framework goes by a name containing the query: its name, short name, slug, any
 * alias, or its name or short name in another interface language. An empty query matches all.
 */
export function frameworkMatches(f: Searched, query: string): boolean {
  const q = foldForSearch(query);
  const translated = Object.values(f.translations ?? {}).flatMap((t) => [t?.name, t?.shortName].filter((n): n is string => !!n));
  return q === "" || [f.slug, f.name, f.shortName, ...f.aliases, ...translated].some((name) => foldForSearch(name).includes(q));
}

export const searchFrameworks = <F extends Searched>(frameworks: readonly F[], query: string): F[] => frameworks.filter((f) => frameworkMatches(f, query));
