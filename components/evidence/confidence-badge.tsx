import { CONFIDENCE_LABELS } from "@/lib/domain/labels";
import type { Confidence } from "@/lib/domain/vocabulary";

export function ConfidenceBadge({ confidence }: { confidence: Confidence }) {
  return (
    <span className={`badge badge--${confidence}`} title={CONFIDENCE_LABELS[confidence]}>
      {confidence} confidence
    </span>
  );
}
