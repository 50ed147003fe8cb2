"use client";

import { useTranslations } from "next-intl";
import { type RankedView, rankingProblemText } from "@/lib/compare/build-comparison";

/** Why there is no ranking, in the page's language; a method's own refusal as the engine gave it. */
export function useProblemText(view: Pick<RankedView, "problem" | "problemCode">): string | null {
  const t = useTranslations();
  return rankingProblemText(view, (key) => t(key as Parameters<typeof t>[0]));
}
