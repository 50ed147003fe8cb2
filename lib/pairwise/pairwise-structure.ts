import { AHP_LIMITS } from "../domain/ahp";

/** The key of the matrix that compares the categories; a category's own matrix is keyed by its slug (which never holds "_"). */
export const CATEGORY_MATRIX = "_";

export type PairwiseItem = { slug: string; name: string };

/**
 * One comparison matrix of the questionnaire: the categories against each other, or one
 * category's criteria. `askable` when it has 2 to 15 items (POST /api/ahp's bounds, and 105
 * questions at most); with one item there is nothing to ask, and past 15 its items keep equal
 * weights.
 */
export type PairwiseMatrix = { key: string; title: string; items: PairwiseItem[]; askable: boolean };

const askable = (n: number) => n >= AHP_LIMITS.minItems && n <= AHP_LIMITS.maxItems;

/**
 * The questionnaire for a set of categories and criteria: the category matrix first (over the
 * categories that hold a criterion), then one matrix per such category, in the data's order.
 */
export function pairwiseStructure(
  categories: readonly { slug: string; name: string }[],
  criteria: readonly { slug: string; name: string; category: string }[],
): PairwiseMatrix[] {
  const used = categories.filter((c) => criteria.some((x) => x.category === c.slug));
  const top: PairwiseMatrix = {
    key: CATEGORY_MATRIX,
    title: "Categories",
    items: used.map(({ slug, name }) => ({ slug, name })),
    askable: askable(used.length),
  };
  return [
    top,
    ...used.map((c) => {
      const items = criteria.filter((x) => x.category === c.slug).map(({ slug, name }) => ({ slug, name }));
      return { key: c.slug, title: c.name, items, askable: askable(items.length) };
    }),
  ];
}

/** The pairs (i, j), i < j, of n items in the order the questionnaire asks them and the URL writes them. */
export function pairsOf(n: number): Array<readonly [number, number]> {
  const pairs: Array<readonly [number, number]> = [];
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) pairs.push([i, j]);
  return pairs;
}

export const pairCount = (n: number) => (n * (n - 1)) / 2;
