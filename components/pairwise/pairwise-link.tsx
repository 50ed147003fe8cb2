"use client";

import Link from "@/components/i18n/link";
import { useSearchParams } from "next/navigation";

/** From /compare to the pairwise questionnaire, carrying the view (and its answers when the weights came from there). */
export function PairwiseLink() {
  const search = useSearchParams().toString();
  const reopen = new URLSearchParams(search).has("ahp");
  return (
    <p className="small pairwise-link">
      <Link href={`/compare/pairwise${search ? `?${search}` : ""}`}>
        {reopen ? "Reopen your pairwise comparison (AHP)" : "Weigh by comparing criteria in pairs (AHP)"}
      </Link>
    </p>
  );
}
