"use client";

import { memo } from "react";
import { WEIGHT_MAX, WEIGHT_MIN } from "@/lib/domain/preset";
import { formatPercent } from "@/lib/compare/format";

type Props = {
  id: string;
  label: string;
  value: number;
  /** The share this weight gives, as shown next to it (0-1). */
  share: number;
  shareLabel: string;
  onChange: (id: string, value: number) => void;
  /** Locked: held still until unlocked (offered when onLock is given). */
  locked?: boolean;
  onLock?: (id: string, locked: boolean) => void;
  /** Why the weight counts for nothing now (its category is weighted 0), or null. */
  inactive?: string | null;
  /** What this slider can do to the lead, in its own units. */
  note?: string | null;
};

/** A 0-100 weight as a slider and a number field that move together; both work from the keyboard. */
export const WeightSlider = memo(function WeightSlider({ id, label, value, share, shareLabel, onChange, locked = false, onLock, inactive, note }: Props) {
  const set = (raw: string) => {
    const n = Number(raw);
    if (raw.trim() !== "" && Number.isFinite(n)) onChange(id, Math.min(WEIGHT_MAX, Math.max(WEIGHT_MIN, n)));
  };
  const described = [inactive && `${id}-inactive`, note && `${id}-note`].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`weight${inactive ? " weight--inactive" : ""}${locked ? " weight--locked" : ""}`} data-weight={id}>
      <label htmlFor={`${id}-range`} className="weight__label">
        {label}
      </label>
      <div className={`weight__controls${onLock ? " weight__controls--lockable" : ""}`}>
        <input
          id={`${id}-range`}
          type="range"
          min={WEIGHT_MIN}
          max={WEIGHT_MAX}
          step={1}
          value={value}
          disabled={locked}
          onChange={(e) => set(e.target.value)}
          aria-valuetext={`${value} (${formatPercent(share)} ${shareLabel})`}
          aria-describedby={described}
        />
        <input
          type="number"
          min={WEIGHT_MIN}
          max={WEIGHT_MAX}
          step={1}
          value={value}
          disabled={locked}
          onChange={(e) => set(e.target.value)}
          aria-label={`${label} weight`}
          className="weight__number"
        />
        <span className="weight__share" title={shareLabel}>
          {formatPercent(share)}
        </span>
        {onLock && (
          <button
            type="button"
            className="weight__lock"
            aria-pressed={locked}
            aria-label={`Lock ${label}`}
            title={locked ? "Locked: bulk actions leave this weight as it is. Select to unlock." : "Lock this weight"}
            onClick={() => onLock(id, !locked)}
          >
            <span aria-hidden="true">{locked ? "🔒" : "🔓"}</span>
          </button>
        )}
      </div>
      {inactive && (
        <p className="weight__inactive" id={`${id}-inactive`}>
          {inactive}
        </p>
      )}
      {note && (
        <p className="weight__flip" id={`${id}-note`}>
          {note}
        </p>
      )}
    </div>
  );
});
