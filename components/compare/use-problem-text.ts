"use client";

import { useTranslations } from "next-intl";
import { type RankedView, rankingProblemText } from "@/lib/compare/build-comparison";

/** Why there is no ranking, in the page's language, the method's own refusals too. */
export function useProblemText(view: Pick<RankedView, "problem" | "problemCode" | "problemParams">): string | null {
  const t = useTranslations();
  return rankingProblemText(view, (key, params) => t(key as Parameters<typeof t>[0], params));
}
