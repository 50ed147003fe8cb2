import { useTranslations } from "next-intl";
import type { Confidence } from "@/lib/domain/vocabulary";

export function ConfidenceBadge({ confidence }: { confidence: Confidence }) {
  const t = useTranslations("evidence");
  return (
    <span className={`badge badge--${confidence}`} title={t("confidenceTitle", { confidence })}>
      {t("confidence", { confidence })}
    </span>
  );
}
