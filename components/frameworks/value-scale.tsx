import type { Criterion } from "@/lib/domain/criterion";
import { formatValue } from "@/lib/domain/labels";

/** Where a value sits on its criterion's scale, as marked points plus the point's label. */
export function ValueScale({ criterion, value }: { criterion: Criterion; value: number | null }) {
  const { min, max, labels } = criterion.scale;
  const points = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  if (value === null)
    return (
      <span className="badge badge--missing" title="The source is silent on this point">
        no value: source silent
      </span>
    );
  const label = labels.find((l) => l.value === value)?.label;
  return (
    <span className="assessment__value">
      <span className="scale" aria-hidden="true">
        {points.map((p) => (
          <span key={p} className={`scale__point${p === value ? " scale__point--on" : ""}`}>
            {formatValue(p, min)}
          </span>
        ))}
      </span>
      <span className="value-label">
        {formatValue(value, min)} on {formatValue(min, min)}..{formatValue(max, min)}
        {label ? `: ${label}` : ""}
      </span>
    </span>
  );
}
