"use client";

import { useLocale, useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { useMemo } from "react";
import { describeInvalidParams, type KnownSlugs } from "@/lib/url-state/describe-invalid-params";

/** Says which link parameters were ignored, rather than silently showing another view. */
export function ParamNotices({ known, extra = [] }: { known: KnownSlugs; extra?: readonly string[] }) {
  const t = useTranslations("compare");
  const english = useLocale().startsWith("en");
  const params = useSearchParams();
  const notices = useMemo(() => [...describeInvalidParams((key) => params.get(key), known), ...extra], [params, known, extra]);
  if (notices.length === 0) return null;
  return (
    <div className="notice" role="status">
      <strong>{t("ignored")}</strong>
      {/* Each notice quotes the link's own parameters; the sentences are still English (lib/url-state/describe-invalid-params). */}
      <ul {...(!english && { lang: "en", dir: "ltr" })}>
        {notices.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
    </div>
  );
}
