"use client";

import { useTranslations } from "next-intl";
import { useIsolate } from "@/components/i18n/use-isolate";
import { useJoin } from "@/components/i18n/use-join";
import type { DatasetDiff } from "@/lib/import/diff-dataset";

const CHANGES = ["added", "changed", "removed"] as const;

/**
 * Which records an import would add, change and remove, each by its key as the file and the data
 * hold it (a slug; "framework/criterion" for an assessment): what an apply would delete is named.
 */
export function NamedChanges({ diff, label }: { diff: DatasetDiff; label: (kind: string) => string }) {
  const t = useTranslations("import");
  const join = useJoin();
  const isolate = useIsolate();
  const changed = Object.entries(diff).filter(([, d]) => CHANGES.some((c) => d[c].length > 0));
  if (changed.length === 0) return null;
  return (
    <dl className="import__names small">
      {changed.map(([kind, d]) => (
        <div key={kind}>
          <dt>{label(kind)}</dt>
          {CHANGES.filter((c) => d[c].length > 0).map((c) => (
            <dd key={c}>{t(`named.${c}`, { names: join(d[c].map(isolate)) })}</dd>
          ))}
        </div>
      ))}
    </dl>
  );
}
