"use client";

import type { Criterion } from "@/lib/domain/criterion";
import type { Assessment } from "@/lib/domain/framework";
import { formatValue } from "@/lib/domain/labels";
import { CONFIDENCE_MARK, toneOf } from "@/lib/compare/value-tone";

type Props = {
  frameworkName: string;
  criterion: Criterion;
  assessment: Assessment | undefined;
  onOpen: () => void;
  /** The analyst's own value for this cell (the source is silent), for this view only. */
  assumed?: number;
};

/** A value on its criterion's scale: tone by colour, the signed number and a label in text, confidence as dots. */
export function MatrixCell({ frameworkName, criterion, assessment, onOpen, assumed }: Props) {
  const value = assessment?.value ?? null;
  const label = value === null ? null : criterion.scale.labels.find((l) => l.value === value)?.label;
  const description =
    value === null
      ? `${frameworkName} on ${criterion.name}: no value, the source is silent. Open the evidence.`
      : `${frameworkName} on ${criterion.name}: ${formatValue(value, criterion.scale.min)}${label ? `, ${label}` : ""}; ${assessment!.confidence} confidence. Open the evidence.`;
  if (value === null && assumed !== undefined) {
    const text = `${frameworkName} on ${criterion.name}: the source is silent; your assumption ${formatValue(assumed, criterion.scale.min)}, for this view only. Open the evidence.`;
    return (
      <button type="button" className="cell cell--assumed" onClick={onOpen} aria-label={text} title={text} data-assumed="true">
        <span className="cell__value">{formatValue(assumed, criterion.scale.min)}</span>
        <span className="cell__note" aria-hidden="true">
          assumed
        </span>
      </button>
    );
  }
  if (value === null)
    return (
      <button type="button" className="cell cell--missing" onClick={onOpen} aria-label={description} title={description}>
        <span className="cell__value">—</span>
        <span className="cell__note">no data</span>
      </button>
    );
  const tone = toneOf(value, criterion.scale, criterion.direction);
  return (
    <button
      type="button"
      className="cell"
      style={{ background: tone.background, color: tone.color }}
      onClick={onOpen}
      aria-label={description}
      title={description}
    >
      <span className="cell__value">{formatValue(value, criterion.scale.min)}</span>
      <span className="cell__note" aria-hidden="true">
        {CONFIDENCE_MARK[assessment!.confidence]}
      </span>
    </button>
  );
}
