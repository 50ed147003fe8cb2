import { z } from "zod";
import type { Framework } from "./framework";

/** A search for frameworks, as the API's `q`, the home page's and /compare's search box take it. */
export const frameworkQuerySchema = z.string().trim().max(200, "must be at most 200 characters");

/** Case, accents, quotes and punctuation aside: "“Arab NATO”" and "arab-nato" read alike. */
export const foldForSearch = (text: string) =>
  text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
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
