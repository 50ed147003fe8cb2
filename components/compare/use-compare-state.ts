"use client";

import { throttle, useQueryStates } from "nuqs";
import { useCallback, useEffect, useRef } from "react";
import { historyMode } from "@/lib/url-state/history-mode";
import { compareParsers } from "@/lib/url-state/compare-params";

/** A run of changes writes the URL at most this often (the state itself updates at once). */
const RUN_URL_INTERVAL_MS = 250;

/**
 * The view's URL state. Its setter takes, for a continuous change, the control it comes from
 * (`w:<criterion>`, `cw:<category>`, `q`): a run of changes to one control takes one history
 * entry, the others each their own (lib/url-state/history-mode), so Back steps through changes.
 */
export function useCompareState() {
  const [params, setUrl] = useQueryStates(compareParsers, { history: "push" });
  const lastRun = useRef<string | null>(null);
  // Back or Forward ends a run: the next move starts an entry of its own instead of replacing the one returned to.
  useEffect(() => {
    const end = () => {
      lastRun.current = null;
    };
    window.addEventListener("popstate", end);
    return () => window.removeEventListener("popstate", end);
  }, []);
  const setParams = useCallback(
    (update: Parameters<typeof setUrl>[0], run?: string) => {
      const history = historyMode(run ?? null, lastRun.current);
      lastRun.current = run ?? null;
      return setUrl(update, run === undefined ? undefined : { history, limitUrlUpdates: throttle(RUN_URL_INTERVAL_MS) });
    },
    [setUrl],
  );
  return [params, setParams] as const;
}
