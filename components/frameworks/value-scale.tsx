import type { Criterion } from "@/lib/domain/criterion";
import { scalePoints } from "@/lib/domain/criterion";
import { formatValue } from "@/lib/domain/labels";

/** Scales up to this many points show each point; longer ones a track with a marker. */
const MAX_DRAWN_POINTS = 11;

/** Where a value sits on its criterion's scale, as marked points (or a marked track) plus the point's label. */
export function ValueScale({ criterion, value }: { criterion: Criterion; value: number | null }) {
  const { min, max, labels } = criterion.scale;
  if (value === null)
    return (
      <span className="badge badge--missing" title="The source is silent on this point">
        no value: source silent
      </span>
    );
  const label = labels.find((l) => l.value === value)?.label;
  return (
    <span className="assessment__value">
      {max - min + 1 <= MAX_DRAWN_POINTS ? (
        // A number line reads from -2 to +2 left to right in every language (docs/i18n.md).
        <span className="scale" aria-hidden="true" dir="ltr">
          {scalePoints(criterion.scale).map((p) => (
            <span key={p} className={`scale__point${p === value ? " scale__point--on" : ""}`}>
              {formatValue(p, min)}
            </span>
          ))}
        </span>
      ) : (
        <span className="scale-track" aria-hidden="true" dir="ltr">
          <span className="scale-track__marker" style={{ left: `${((Math.min(Math.max(value, min), max) - min) / (max - min)) * 100}%` }} />
        </span>
      )}
      <span className="value-label">
        {formatValue(value, min)} on {formatValue(min, min)}..{formatValue(max, min)}
        {label ? `: ${label}` : ""}
      </span>
    </span>
  );
}
