"use client";

import { useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { useMemo } from "react";
import { describeInvalidParams, type KnownSlugs } from "@/lib/url-state/describe-invalid-params";
import type { ParamNotice } from "@/lib/url-state/param-notice";

/** Says which link parameters were ignored, rather than silently showing another view. */
export function ParamNotices({ known, extra = [] }: { known: KnownSlugs; extra?: readonly ParamNotice[] }) {
  const t = useTranslations("compare");
  const params = useSearchParams();
  const notices = useMemo(() => [...describeInvalidParams((key) => params.get(key), known), ...extra], [params, known, extra]);
  if (notices.length === 0) return null;
  return (
    <div className="notice" role="status">
      <strong>{t("ignored")}</strong>
      <ul>
        {notices.map((notice, i) => (
          // By place: the same notice may come twice (fw=ghost,ghost), and the list changes only with the link.
          <li key={i}>
            <ParamNoticeText notice={notice} />
          </li>
        ))}
      </ul>
    </div>
  );
}

/** One notice in the page's language (`paramNotices.<code>`). */
export function ParamNoticeText({ notice }: { notice: ParamNotice }) {
  const say = useTranslations("paramNotices");
  // What the link holds stays as typed, left to right: a parameter's name and codes as code, the rest isolated.
  return say.rich(notice.code, {
    ...notice.params,
    code: (chunks) => <code dir="ltr">{chunks}</code>,
    typed: (chunks) => <bdi dir="ltr">{chunks}</bdi>,
  });
}
