"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

/** A longer list shows its first places until asked for the rest: a weight change re-renders and lays out only those. */
export const FIRST_PLACES = 25;

/**
 * The items a long ranked list shows (the first FIRST_PLACES, and any `alwaysShown`) and the
 * button that shows the rest or folds them again; `more` is null when everything fits.
 */
export function useFirstPlaces<T>(items: readonly T[], alwaysShown?: (item: T) => boolean) {
  const t = useTranslations("ranking");
  const [all, setAll] = useState(false);
  const folded = !all && items.length > FIRST_PLACES;
  const shown = folded ? items.filter((item, i) => i < FIRST_PLACES || alwaysShown?.(item)) : items;
  const more =
    items.length > FIRST_PLACES ? (
      <button type="button" className="ranking__more" aria-expanded={all} onClick={() => setAll(!all)}>
        {all ? t("showFirst", { count: FIRST_PLACES }) : t("showAll", { count: items.length })}
      </button>
    ) : null;
  return { shown, more };
}
