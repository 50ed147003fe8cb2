"use client";

import { throttle, useQueryStates } from "nuqs";
import { compareParsers } from "@/lib/url-state/compare-params";

/** Discrete changes (a preset, the method, a column) each get a history entry, so Back steps through them. */
export function useCompareState() {
  return useQueryStates(compareParsers, { history: "push" });
}

/** Slider drags replace the current entry and write the URL at most every 250 ms (the state itself updates at once). */
export const SLIDER_UPDATE = { history: "replace", limitUrlUpdates: throttle(250) } as const;
