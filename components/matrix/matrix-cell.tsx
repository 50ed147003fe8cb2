"use client";

import type { CellMark } from "@/lib/compare/cell-index";
import type { Criterion } from "@/lib/domain/criterion";
import { formatValue } from "@/lib/domain/labels";
import { CONFIDENCE_MARK, toneOf } from "@/lib/compare/value-tone";

/** `nav` is the cell's place for keyboard navigation (grid-navigation's `data-nav`). */
type Props = {
  frameworkName: string;
  criterion: Criterion;
  cell: CellMark | undefined;
  nav: string;
  onOpen: () => void;
  /** Left out of a view limited to one source: the value cites none of its lines. */
  unsupported?: boolean;
  /** The analyst's own value for this cell (the source is silent), for this view only. */
  assumed?: number;
};

/** A value on its criterion's scale: tone by colour, the signed number and a label in text, confidence as dots; a contested one is marked. */
export function MatrixCell({ frameworkName, criterion, cell, nav, onOpen, unsupported = false, assumed }: Props) {
  const value = cell?.value ?? null;
  const label = value === null ? null : criterion.scale.labels.find((l) => l.value === value)?.label;
  const contested = cell?.contested ? " Contested: its sources disagree." : "";
  const description = unsupported
    ? `${frameworkName} on ${criterion.name}: not supported by the chosen source, left out of this view.${contested} Open the evidence.`
    : value === null
      ? `${frameworkName} on ${criterion.name}: no value, the source is silent.${contested} Open the evidence.`
      : `${frameworkName} on ${criterion.name}: ${formatValue(value, criterion.scale.min)}${label ? `, ${label}` : ""}; ${cell!.confidence} confidence.${contested} Open the evidence.`;
  const mark = cell?.contested ? (
    <span className="cell__contested" aria-hidden="true">
      ≠
    </span>
  ) : null;
  if (value === null && assumed !== undefined) {
    const text = `${frameworkName} on ${criterion.name}: the source is silent; your assumption ${formatValue(assumed, criterion.scale.min)}, for this view only.${contested} Open the evidence.`;
    return (
      <button type="button" className="cell cell--assumed" data-nav={nav} onClick={onOpen} aria-label={text} title={text} data-assumed="true">
        <span className="cell__value">{formatValue(assumed, criterion.scale.min)}</span>
        <span className="cell__note" aria-hidden="true">
          assumed
        </span>
        {mark}
      </button>
    );
  }
  if (value === null)
    return (
      <button
        type="button"
        className={`cell cell--missing${contested ? " cell--contested" : ""}`}
        data-nav={nav}
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
      {mark}
    </button>
  );
}
