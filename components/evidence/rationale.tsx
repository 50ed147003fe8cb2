import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { systemRationale } from "@/lib/domain/system-rationale";

type Props = { rationale: string; className?: string; children?: ReactNode };

/**
 * A stored rationale's paragraph: an editor's as written, in its own direction; the system's
 * placeholder (lib/domain/system-rationale) in the page's language, in italics and muted, so it
 * does not read as an editor's judgement. `children` follow the text (a confidence badge).
 */
export function Rationale({ rationale, className, children }: Props) {
  const t = useTranslations("evidence");
  const system = systemRationale(rationale);
  if (!system)
    return (
      <p className={className} dir="auto">
        {rationale}
        {children}
      </p>
    );
  return (
    <p className={className}>
      <em className="muted">{t(system)}</em>
      {children}
    </p>
  );
}
