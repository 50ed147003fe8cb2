"use client";

import { useSearchParams } from "next/navigation";
import { useMemo } from "react";
import { describeInvalidParams, type KnownSlugs } from "@/lib/url-state/describe-invalid-params";

/** Says which link parameters were ignored, rather than silently showing another view. */
export function ParamNotices({ known, extra = [] }: { known: KnownSlugs; extra?: readonly string[] }) {
  const params = useSearchParams();
  const notices = useMemo(() => [...describeInvalidParams((key) => params.get(key), known), ...extra], [params, known, extra]);
  if (notices.length === 0) return null;
  return (
    <div className="notice" role="status">
      <strong>Some settings in this link were ignored:</strong>
      <ul>
        {notices.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
    </div>
  );
}
