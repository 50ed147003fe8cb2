"use client";

import { useCallback, useRef, type KeyboardEvent, type RefObject } from "react";
import { moveInGrid, navMark, parseNavMark, visualArrow, type GridPosition, type GridShape } from "./grid-navigation";

const GRID_KEYS = new Set(["ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight", "Home", "End", "PageUp", "PageDown"]);
/** How long to wait for a control scrolled into view to be drawn (TanStack Virtual may take a few frames to settle). */
const FOCUS_WAIT_MS = 2000;

/**
 * Keyboard navigation over the matrix's controls (each marked `data-nav`, see grid-navigation):
 * arrows, Home, End, Page Up and Page Down move, and Tab and Shift+Tab walk every control in
 * reading order as they would if the whole matrix were drawn. A control out of view is
 * scrolled to (`scrollTo` with its body row and value column), then focused once drawn.
 */
export function useGridKeyboard(input: { scrollRef: RefObject<HTMLElement | null>; shape: () => GridShape; scrollTo: (position: GridPosition) => void }) {
  const { scrollRef, shape, scrollTo } = input;
  const column = useRef(0);
  const pending = useRef(0);

  const focusAt = useCallback(
    (to: GridPosition) => {
      const selector = `[data-nav="${navMark(to, shape().isHeading)}"]`;
      const find = () => scrollRef.current?.querySelector<HTMLElement>(selector);
      cancelAnimationFrame(pending.current);
      const drawn = find();
      if (drawn) return drawn.focus();
      scrollTo(to);
      const deadline = performance.now() + FOCUS_WAIT_MS;
      const retry = () => {
        const control = find();
        if (control) control.focus();
        else if (performance.now() < deadline) pending.current = requestAnimationFrame(retry);
      };
      pending.current = requestAnimationFrame(retry);
    },
    [scrollRef, shape, scrollTo],
  );

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      const mark = (event.target as HTMLElement).dataset?.nav;
      if (!mark || event.altKey) return;
      const at = parseNavMark(mark, column.current);
      if (!at) return;
      // Right to left, the arrow keys move the way they point: ArrowLeft to the next column.
      const rtl = getComputedStyle(event.currentTarget).direction === "rtl";
      const to = moveInGrid(at, { ...event, key: visualArrow(event.key, rtl) }, shape());
      if (to || GRID_KEYS.has(event.key)) event.preventDefault();
      if (!to) return;
      column.current = to.column;
      focusAt(to);
    },
    [shape, focusAt],
  );

  return { onKeyDown };
}
