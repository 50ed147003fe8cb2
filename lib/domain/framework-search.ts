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

/** Whether a framework goes by a name (its name, short name, slug or any alias) containing the query; an empty query matches all. */
export function frameworkMatches(f: Pick<Framework, "slug" | "name" | "shortName" | "aliases">, query: string): boolean {
  const q = foldForSearch(query);
  return q === "" || [f.slug, f.name, f.shortName, ...f.aliases].some((name) => foldForSearch(name).includes(q));
}

export const searchFrameworks = <F extends Pick<Framework, "slug" | "name" | "shortName" | "aliases">>(frameworks: readonly F[], query: string): F[] =>
  frameworks.filter((f) => frameworkMatches(f, query));
