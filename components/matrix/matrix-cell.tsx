"use client";

import { useTranslations } from "next-intl";
import type { CellMark } from "@/lib/compare/cell-index";
import type { Criterion } from "@/lib/domain/criterion";
import type { ValueFunction } from "@/lib/scoring/value-function";
import { CONFIDENCE_MARK, toneOf } from "@/lib/compare/value-tone";
import { useIsolate } from "@/components/i18n/use-isolate";
import { useNumberFormat } from "@/components/i18n/use-number-format";

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
  /** What the view holds good on the criterion, where not its own direction: the cell's tone follows it. */
  valueFunction?: ValueFunction;
};

/** A value on its criterion's scale: tone by colour, the signed number and a label in text, confidence as dots; a contested one is marked. */
export function MatrixCell({ frameworkName, criterion, cell, nav, onOpen, unsupported = false, assumed, valueFunction }: Props) {
  const t = useTranslations("matrix.cell");
  const format = useNumberFormat();
  const isolate = useIsolate();
  const value = cell?.value ?? null;
  const label = value === null ? null : criterion.scale.labels.find((l) => l.value === value)?.label;
  const on = { framework: isolate(frameworkName), criterion: isolate(criterion.name) };
  // The sentence, then whether its sources disagree, then what selecting it does: each its own sentence.
  const sentences = (sentence: string) => [sentence, ...(cell?.contested ? [t("contested")] : []), t("open")].join(" ");
  const contested = Boolean(cell?.contested);
  const mark = contested ? (
    <span className="cell__contested" aria-hidden="true">
      ≠
    </span>
  ) : null;
  if (value === null && assumed !== undefined) {
    const text = sentences(t("assumed", { ...on, value: format.value(assumed, criterion.scale.min) }));
    return (
      <button type="button" className="cell cell--assumed" data-nav={nav} onClick={onOpen} aria-label={text} title={text} data-assumed="true">
        <span className="cell__value" dir="ltr">
          {format.value(assumed, criterion.scale.min)}
        </span>
        <span className="cell__note" aria-hidden="true">
          {t("assumedNote")}
        </span>
        {mark}
      </button>
    );
  }
  if (value === null) {
    const description = sentences(unsupported ? t("unsupported", on) : t("missing", on));
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
        <span className="cell__note">{unsupported ? t("notInSource") : t("noData")}</span>
        {mark}
      </button>
    );
  }
  const shown = format.value(value, criterion.scale.min);
  const description = sentences(
    label
      ? t("valueLabelled", { ...on, value: shown, label, confidence: cell!.confidence })
      : t("value", { ...on, value: shown, confidence: cell!.confidence }),
  );
  const tone = toneOf(value, criterion, valueFunction);
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
      <span className="cell__value" dir="ltr">
        {shown}
      </span>
      <span className="cell__note" aria-hidden="true">
        {CONFIDENCE_MARK[cell!.confidence]}
      </span>
      {mark}
    </button>
  );
}
