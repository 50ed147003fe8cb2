"use client";

import { useTranslations } from "next-intl";
import { usePagePath } from "@/components/i18n/use-page-path";

/** The first stops of the Tab order: the content, and on /compare its weights, ranking and matrix. */
export function SkipLinks() {
  const onCompare = usePagePath() === "/compare";
  const t = useTranslations("skipLinks");
  return (
    <nav className="skip-links" aria-label={t("label")}>
      <a className="skip-link" href="#main">
        {t("content")}
      </a>
      {onCompare && (
        <>
          <a className="skip-link" href="#weights">
            {t("weights")}
          </a>
          <a className="skip-link" href="#ranking">
            {t("ranking")}
          </a>
          <a className="skip-link" href="#matrix">
            {t("matrix")}
          </a>
        </>
      )}
    </nav>
  );
}
