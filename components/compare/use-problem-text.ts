"use client";

import { useTranslations } from "next-intl";
import type { RankedView } from "@/lib/compare/build-comparison";

/** Why there is no ranking, in the page's language; a method's own refusal as the engine gave it. */
export function useProblemText({ problem, problemCode }: Pick<RankedView, "problem" | "problemCode">): string | null {
  const t = useTranslations("ranking.problems");
  if (!problem) return null;
  return problemCode && problemCode !== "engine" ? t(problemCode) : problem;
}
