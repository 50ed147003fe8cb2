import { useTranslations } from "next-intl";
import { CATEGORY_MATRIX, type PairwiseMatrix } from "@/lib/pairwise/pairwise-structure";

/** A matrix's title in the page's language: "Categories" for the categories', else its category's name (held as data). */
export function useMatrixTitle(): (matrix: PairwiseMatrix) => string {
  const t = useTranslations("pairwise");
  return (matrix) => (matrix.key === CATEGORY_MATRIX ? t("categories") : matrix.title);
}
