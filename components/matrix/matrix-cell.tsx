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
  /** Left out of a view limited to one source: the value cites none of its lines. */
  unsupported?: boolean;
};

/** A value on its criterion's scale: tone by colour, the signed number and a label in text, confidence as dots; a contested one is marked. */
export function MatrixCell({ frameworkName, criterion, assessment, onOpen, unsupported = false }: Props) {
  const value = assessment?.value ?? null;
  const label = value === null ? null : criterion.scale.labels.find((l) => l.value === value)?.label;
  const contested = assessment?.contested ? " Contested: its sources disagree." : "";
  const description = unsupported
    ? `${frameworkName} on ${criterion.name}: not supported by the chosen source, left out of this view.${contested} Open the evidence.`
    : value === null
      ? `${frameworkName} on ${criterion.name}: no value, the source is silent.${contested} Open the evidence.`
      : `${frameworkName} on ${criterion.name}: ${formatValue(value, criterion.scale.min)}${label ? `, ${label}` : ""}; ${assessment!.confidence} confidence.${contested} Open the evidence.`;
  const mark = assessment?.contested ? (
    <span className="cell__contested" aria-hidden="true">
      ≠
    </span>
  ) : null;
  if (value === null)
    return (
      <button
        type="button"
        className={`cell cell--missing${contested ? " cell--contested" : ""}`}
        onClick={onOpen}
        aria-label={description}
        title={description}
      >
        <span className="cell__value">—</span>
        <span className="cell__note">{unsupported ? "not in source" : "no data"}</span>
        {mark}
      </button>
    );
  const tone = toneOf(value, criterion.scale, criterion.direction);
  return (
    <button
      type="button"
      className={`cell${contested ? " cell--contested" : ""}`}
      style={{ background: tone.background, color: tone.color }}
      onClick={onOpen}
      aria-label={description}
      title={description}
    >
      <span className="cell__value">{formatValue(value, criterion.scale.min)}</span>
      <span className="cell__note" aria-hidden="true">
        {CONFIDENCE_MARK[assessment!.confidence]}
      </span>
      {mark}
    </button>
  );
}
