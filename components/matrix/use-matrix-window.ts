"use client";

import { useVirtualizer, type VirtualItem } from "@tanstack/react-virtual";
import { useCallback, useLayoutEffect, useRef, useState } from "react";
import { useLanguage } from "@/components/i18n/use-language";
import { directionOf } from "@/lib/i18n/locales";

/** Up to these many body rows or scrolling columns the matrix is drawn whole (and prints whole); past them only what is in view. */
const WHOLE_UP_TO_ROWS = 80;
const WHOLE_UP_TO_COLUMNS = 40;
/** First guesses of a row's height and a column's width, in rem, until they are measured. */
const ROW_REM = 3.3;
/** The window the server draws before the browser knows the real one (a laptop's matrix area). */
const FIRST_WINDOW = { width: 1200, height: 720 };

const rootPx = () => Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;

/** The items of a virtualizer in view, with the room left before and after them. */
function windowOf(items: VirtualItem[], total: number, margin: number) {
  const first = items[0];
  const last = items[items.length - 1];
  return { items, before: first ? first.start - margin : 0, after: last ? Math.max(0, total - (last.end - margin)) : 0 };
}

/**
 * The part of the matrix in view (TanStack Virtual), rows and scrolling columns, in the scroll
 * area `.matrix-wrap`. The sticky header rows and the sticky label and pinned columns are drawn
 * always; `stickyWidthRem` is their width, `columnRem` a scrolling column's.
 */
export function useMatrixWindow(input: { rowKeys: readonly string[]; columnKeys: readonly string[]; stickyWidthRem: number; columnRem: number }) {
  const { rowKeys, columnKeys } = input;
  const scrollRef = useRef<HTMLDivElement>(null);
  const headRef = useRef<HTMLTableSectionElement>(null);
  // 16 until mounted, as on the server, so that the first render hydrates what the server drew.
  const [px, setPx] = useState(16);
  const [headHeight, setHeadHeight] = useState(3 * 16);
  const stickyWidth = input.stickyWidthRem * px;
  const rtl = directionOf(useLanguage()) === "rtl";

  useLayoutEffect(() => {
    setPx(rootPx());
    const head = headRef.current;
    if (!head) return;
    const observer = new ResizeObserver(() => setHeadHeight(head.getBoundingClientRect().height));
    observer.observe(head);
    return () => observer.disconnect();
  }, []);

  const rows = useVirtualizer<HTMLDivElement, HTMLTableRowElement>({
    count: rowKeys.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_REM * px,
    getItemKey: (i) => rowKeys[i]!,
    overscan: rowKeys.length <= WHOLE_UP_TO_ROWS ? rowKeys.length : 6,
    scrollMargin: headHeight,
    scrollPaddingStart: headHeight,
    initialRect: FIRST_WINDOW,
  });
  const columns = useVirtualizer<HTMLDivElement, HTMLTableCellElement>({
    horizontal: true,
    // Right to left the columns run leftwards and scrollLeft counts down from 0.
    isRtl: rtl,
    count: columnKeys.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => input.columnRem * px,
    getItemKey: (i) => columnKeys[i]!,
    overscan: columnKeys.length <= WHOLE_UP_TO_COLUMNS ? columnKeys.length : 3,
    scrollMargin: stickyWidth,
    scrollPaddingStart: stickyWidth,
    initialRect: FIRST_WINDOW,
  });

  /** Brings a body row and a scrolling column into view (either may be -1: leave that axis). */
  const scrollTo = useCallback(
    (row: number, column: number) => {
      if (row >= 0) rows.scrollToIndex(row, { align: "auto" });
      if (column >= 0) columns.scrollToIndex(column, { align: "auto" });
    },
    [rows, columns],
  );

  return {
    scrollRef,
    headRef,
    rows: windowOf(rows.getVirtualItems(), rows.getTotalSize(), headHeight),
    columns: windowOf(columns.getVirtualItems(), columns.getTotalSize(), stickyWidth),
    measureRow: rows.measureElement,
    measureColumn: columns.measureElement,
    scrollTo,
    /** Body rows a page of the scroll area holds. */
    pageRows: () => Math.max(1, Math.floor(((scrollRef.current?.clientHeight ?? FIRST_WINDOW.height) - headHeight) / (ROW_REM * px))),
    /** Pixel offsets that keep a focused cell clear of the sticky header and columns when the browser scrolls it into view. */
    scrollPadding: { top: headHeight, inlineStart: stickyWidth },
  };
}
