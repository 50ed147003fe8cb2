"use client";

import { useTranslations } from "next-intl";
import { memo, type ReactNode, type Ref } from "react";
import { WEIGHT_MAX, WEIGHT_MIN } from "@/lib/domain/preset";
import { useNumberFormat } from "@/components/i18n/use-number-format";

/** A padlock, shut or open (drawn, so it shows whatever fonts the system has). */
function PadlockIcon({ open }: { open: boolean }) {
  return (
    <svg width="14" height="16" viewBox="0 0 14 16" aria-hidden="true" focusable="false">
      <path d={open ? "M4 7V4.5a3 3 0 0 1 6 0" : "M4 7V4.5a3 3 0 0 1 6 0V7"} fill="none" stroke="currentColor" strokeWidth="1.6" />
      <rect x="1.5" y="7" width="11" height="8" rx="1.5" fill={open ? "none" : "currentColor"} stroke="currentColor" strokeWidth="1.4" />
    </svg>
  );
}

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
  note?: ReactNode;
  /** More under the slider (a panel's participant sees each criterion's description). */
  children?: ReactNode;
  ref?: Ref<HTMLDivElement>;
};

/** A 0-100 weight as a slider and a number field that move together; both work from the keyboard. */
export const WeightSlider = memo(function WeightSlider({
  id,
  label,
  value,
  share,
  shareLabel,
  onChange,
  locked = false,
  onLock,
  inactive,
  note,
  children,
  ref,
}: Props) {
  const t = useTranslations("weights");
  const { percent } = useNumberFormat();
  const set = (raw: string) => {
    const n = Number(raw);
    if (raw.trim() !== "" && Number.isFinite(n)) onChange(id, Math.min(WEIGHT_MAX, Math.max(WEIGHT_MIN, n)));
  };
  const described = [inactive && `${id}-inactive`, note && `${id}-note`].filter(Boolean).join(" ") || undefined;
  return (
    <div ref={ref} className={`weight${inactive ? " weight--inactive" : ""}${locked ? " weight--locked" : ""}`} data-weight={id}>
      <label htmlFor={`${id}-range`} className="weight__label">
        {label}
      </label>
      <div className={`weight__controls${onLock ? " weight__controls--lockable" : ""}`}>
        {/* Every control of the workspace is autocomplete="off": the view lives in the URL, and on
            each URL write Chrome copies the state of every control it may restore into the history
            entry, 5 to 100 ms with the 650 controls of 200 x 100 (with this, under 1 ms). */}
        <input
          autoComplete="off"
          id={`${id}-range`}
          type="range"
          min={WEIGHT_MIN}
          max={WEIGHT_MAX}
          step={1}
          value={value}
          disabled={locked}
          onChange={(e) => set(e.target.value)}
          aria-valuetext={t("sliderValue", { value, share: percent(share), shareLabel })}
          aria-describedby={described}
        />
        <input
          autoComplete="off"
          type="number"
          min={WEIGHT_MIN}
          max={WEIGHT_MAX}
          step={1}
          value={value}
          disabled={locked}
          onChange={(e) => set(e.target.value)}
          aria-label={t("numberLabel", { label })}
          className="weight__number"
        />
        <span className="weight__share" title={shareLabel}>
          {percent(share)}
        </span>
        {onLock && (
          <button
            type="button"
            className="weight__lock"
            aria-pressed={locked}
            aria-label={t("lock", { label })}
            title={locked ? t("lockedTitle") : t("unlockedTitle")}
            onClick={() => onLock(id, !locked)}
          >
            <PadlockIcon open={!locked} />
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
      {children}
    </div>
  );
});
