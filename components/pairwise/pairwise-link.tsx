"use client";

import { useTranslations } from "next-intl";
import Link from "@/components/i18n/link";
import { useSearchParams } from "next/navigation";

/** From /compare to the pairwise questionnaire, carrying the view (and its answers when the weights came from there). */
export function PairwiseLink() {
  const t = useTranslations("weights");
  const search = useSearchParams().toString();
  const reopen = new URLSearchParams(search).has("ahp");
  return (
    <p className="small pairwise-link">
      <Link href={`/compare/pairwise${search ? `?${search}` : ""}`}>{reopen ? t("pairwiseReopen") : t("pairwise")}</Link>
    </p>
  );
}
