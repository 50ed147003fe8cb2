"use client";

import type { CellMark } from "@/lib/compare/cell-index";
import type { Criterion } from "@/lib/domain/criterion";
import { formatValue } from "@/lib/domain/labels";
import { CONFIDENCE_MARK, toneOf } from "@/lib/compare/value-tone";

/** `nav` is the cell's place for keyboard navigation (grid-navigation's `data-nav`). */
type Props = { frameworkName: string; criterion: Criterion; cell: CellMark | undefined; nav: string; onOpen: () => void };

/** A value on its criterion's scale: tone by colour, the signed number and a label in text, confidence as dots. */
export function MatrixCell({ frameworkName, criterion, cell, nav, onOpen }: Props) {
  const value = cell?.value ?? null;
  const label = value === null ? null : criterion.scale.labels.find((l) => l.value === value)?.label;
  const description =
    value === null
      ? `${frameworkName} on ${criterion.name}: no value, the source is silent. Open the evidence.`
      : `${frameworkName} on ${criterion.name}: ${formatValue(value, criterion.scale.min)}${label ? `, ${label}` : ""}; ${cell!.confidence} confidence. Open the evidence.`;
  if (value === null)
    return (
      <button type="button" className="cell cell--missing" data-nav={nav} onClick={onOpen} aria-label={description} title={description}>
        <span className="cell__value">—</span>
        <span className="cell__note">no data</span>
      </button>
    );
  const tone = toneOf(value, criterion.scale, criterion.direction);
  return (
    <button
      type="button"
      className="cell"
      data-nav={nav}
      style={{ background: tone.background, color: tone.color }}
      onClick={onOpen}
      aria-label={description}
      title={description}
    >
      <span className="cell__value">{formatValue(value, criterion.scale.min)}</span>
      <span className="cell__note" aria-hidden="true">
        {CONFIDENCE_MARK[cell!.confidence]}
      </span>
    </button>
  );
}
