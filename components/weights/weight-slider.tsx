"use client";

import { WEIGHT_MAX, WEIGHT_MIN } from "@/lib/domain/preset";
import { formatPercent } from "@/lib/compare/format";

type Props = {
  id: string;
  label: string;
  value: number;
  /** The share this weight gives, as shown next to it (0-1). */
  share: number;
  shareLabel: string;
  onChange: (value: number) => void;
  children?: React.ReactNode;
};

/** A 0-100 weight as a slider and a number field that move together; both work from the keyboard. */
export function WeightSlider({ id, label, value, share, shareLabel, onChange, children }: Props) {
  const set = (raw: string) => {
    const n = Number(raw);
    if (raw.trim() !== "" && Number.isFinite(n)) onChange(Math.min(WEIGHT_MAX, Math.max(WEIGHT_MIN, n)));
  };
  return (
    <div className="weight">
      <label htmlFor={`${id}-range`} className="weight__label">
        {label}
      </label>
      <div className="weight__controls">
        <input
          id={`${id}-range`}
          type="range"
          min={WEIGHT_MIN}
          max={WEIGHT_MAX}
          step={1}
          value={value}
          onChange={(e) => set(e.target.value)}
          aria-valuetext={`${value} (${formatPercent(share)} ${shareLabel})`}
        />
        <input
          type="number"
          min={WEIGHT_MIN}
          max={WEIGHT_MAX}
          step={1}
          value={value}
          onChange={(e) => set(e.target.value)}
          aria-label={`${label} weight`}
          className="weight__number"
        />
        <span className="weight__share" title={shareLabel}>
          {formatPercent(share)}
        </span>
      </div>
      {children}
    </div>
  );
}
