"use client";

import { useTranslations } from "next-intl";
import { memo, useState } from "react";
import type { Criterion } from "@/lib/domain/criterion";
import { scalePoints } from "@/lib/domain/criterion";
import { describeValueFunction, isDefaultFor, pointsOf, type ValueFunction, type ValuePoint, valueAt } from "@/lib/scoring/value-function";
import { useNumberFormat } from "@/components/i18n/use-number-format";

type Props = {
  criterion: Pick<Criterion, "slug" | "name" | "direction" | "scale">;
  /** The view's value function of this criterion; undefined: its own direction. */
  value: ValueFunction | undefined;
  /** The preset's, to say when the view differs from it. */
  presetValue: ValueFunction | undefined;
  onChange: (slug: string, f: ValueFunction) => void;
};

type Mode = "benefit" | "cost" | "points";

const MODES: readonly Mode[] = ["benefit", "cost", "points"];

/** A value function in words, in the page's language: "higher is better", or each point's own value. */
export function useDescribeValueFunction(): (f: ValueFunction) => string {
  const t = useTranslations("valueFunction");
  return (f) =>
    "direction" in f
      ? t(f.direction === "benefit" ? "higher" : "lower")
      : t("ownValues", { points: f.points.map(([x, v]) => t("point", { x, v })).join(", ") });
}

/** The value of each scale point under a function: what the per-point editor starts from and shows. */
function pointsOnScale(f: ValueFunction, scale: Criterion["scale"]): ValuePoint[] {
  const own = pointsOf(f);
  const span = scale.max - scale.min;
  return scalePoints(scale).map((x): ValuePoint => {
    if (own) return [x, Math.round(valueAt(own, x) * 1000) / 1000];
    const up = (x - scale.min) / span;
    return [x, "direction" in f && f.direction === "cost" ? 1 - up : up];
  });
}

/** The value function drawn small: each scale point's value, 0 at the bottom, 1 at the top. */
function ValueSketch({ points, scale }: { points: readonly ValuePoint[]; scale: Criterion["scale"] }) {
  const [w, h, pad] = [96, 32, 3];
  const xOf = (x: number) => pad + ((x - scale.min) / (scale.max - scale.min)) * (w - 2 * pad);
  const yOf = (v: number) => h - pad - v * (h - 2 * pad);
  return (
    <svg className="value-fn__sketch" width={w} height={h} viewBox={`0 0 ${w} ${h}`} aria-hidden="true" focusable="false">
      <line x1={pad} x2={w - pad} y1={h - pad} y2={h - pad} stroke="#bbb" />
      <polyline fill="none" stroke="currentColor" strokeWidth="1.6" points={points.map(([x, v]) => `${xOf(x)},${yOf(v)}`).join(" ")} />
      {points.map(([x, v]) => (
        <circle key={x} cx={xOf(x)} cy={yOf(v)} r="2" fill="currentColor" />
      ))}
    </svg>
  );
}

/**
 * "What is good" on one criterion (issue 15 §2): higher or lower is better, or a value from 0 to
 * 1 for each point of its scale (piecewise linear between them), with a sketch of the function.
 * Marked when it is not the criterion's own direction, and when it differs from the preset's.
 */
export const ValueFunctionControl = memo(function ValueFunctionControl({ criterion, value, presetValue, onChange }: Props) {
  const t = useTranslations("valueFunction");
  const inWords = useDescribeValueFunction();
  const { integer } = useNumberFormat();
  const { slug, name, scale } = criterion;
  const f: ValueFunction = value ?? { direction: criterion.direction };
  const mode: Mode = "points" in f ? "points" : f.direction;
  const ownDirection = isDefaultFor(f, criterion.direction);
  const fromPreset = describeValueFunction(f) === describeValueFunction(presetValue ?? { direction: criterion.direction });
  const points = pointsOnScale(f, scale);
  const labelOf = new Map(criterion.scale.labels.map((l) => [l.value, l.label]));
  // A value being typed that is not yet a number from 0 to 1.
  const [draft, setDraft] = useState<{ x: number; text: string } | null>(null);
  const id = `vf-${slug}`;

  const setMode = (next: Mode) => {
    setDraft(null);
    onChange(slug, next === "points" ? { points: pointsOnScale(f, scale) } : { direction: next });
  };
  const setPoint = (x: number, text: string) => {
    const v = Number(text);
    if (text.trim() === "" || !Number.isFinite(v) || v < 0 || v > 1) return setDraft({ x, text });
    setDraft(null);
    onChange(slug, { points: points.map(([px, pv]): ValuePoint => [px, px === x ? v : pv]) });
  };

  return (
    <details className={`value-fn${ownDirection ? "" : " value-fn--changed"}`} data-value-function={slug}>
      <summary>
        {t("summary")} <span className="value-fn__summary">{inWords(f)}</span>
        {!ownDirection && <span className="value-fn__badge">{t("notOwn")}</span>}
        {!fromPreset && <span className="value-fn__badge value-fn__badge--view">{t("changed")}</span>}
      </summary>
      <div className="value-fn__body">
        <label htmlFor={`${id}-mode`} className="visually-hidden">
          {t("on", { name })}
        </label>
        <select autoComplete="off" id={`${id}-mode`} value={mode} onChange={(e) => setMode(e.target.value as Mode)}>
          {MODES.map((m) => (
            <option key={m} value={m}>
              {m === criterion.direction ? t("ownMode", { mode: t(`modes.${m}`) }) : t(`modes.${m}`)}
            </option>
          ))}
        </select>
        <ValueSketch points={points} scale={scale} />
        {mode === "points" && (
          <fieldset className="value-fn__points">
            <legend className="visually-hidden">{t("pointsLegend", { name, worst: 0, best: 1 })}</legend>
            {points.map(([x, v]) => (
              <label key={x} className="value-fn__point" title={labelOf.get(x) ?? String(x)}>
                <span dir="ltr">{x > 0 ? `+${integer(x)}` : integer(x)}</span>
                <input
                  autoComplete="off"
                  type="number"
                  min={0}
                  max={1}
                  step={0.05}
                  value={draft?.x === x ? draft.text : String(v)}
                  onChange={(e) => setPoint(x, e.target.value)}
                  aria-label={t("pointLabel", { x, name })}
                  aria-invalid={draft?.x === x}
                />
              </label>
            ))}
            {draft && (
              <p className="value-fn__problem" role="alert">
                {t("problem", { worst: 0, best: 1 })}
              </p>
            )}
          </fieldset>
        )}
      </div>
    </details>
  );
});
