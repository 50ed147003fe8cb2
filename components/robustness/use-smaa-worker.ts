"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { RobustnessRequest, RobustnessResponse } from "@/lib/domain/robustness";
import type { SmaaReply, SmaaRun } from "./smaa-messages";

export type SmaaRequest = RobustnessRequest & { seed: number };

export type SmaaRunState =
  | { status: "idle" }
  | { status: "running"; request: SmaaRequest; done: number }
  | { status: "done"; request: SmaaRequest; response: RobustnessResponse; elapsedMs: number }
  | { status: "cancelled"; request: SmaaRequest; done: number }
  | ({ status: "failed"; request: SmaaRequest; message: string } & Pick<Extract<SmaaReply, { type: "error" }>, "refusal" | "issue">);

/**
 * Runs SMAA-2 in a Web Worker of its own, so the page stays responsive through a long run. A
 * run reports its progress; cancelling (or starting another mid-run) terminates the worker,
 * the only way to stop its loop, and the next run starts a fresh one. An idle worker is kept
 * for the next run, and `warm` starts one ahead of the first (loading it takes longer than a
 * 10,000-sample run on the seed).
 */
export function useSmaaWorker() {
  const worker = useRef<Worker | null>(null);
  const current = useRef(0);
  const busy = useRef(false);
  const [state, setState] = useState<SmaaRunState>({ status: "idle" });

  const stop = useCallback(() => {
    worker.current?.terminate();
    worker.current = null;
    busy.current = false;
  }, []);

  const warm = useCallback(() => {
    // Turbopack bundles the worker it finds in this exact `new Worker(new URL(...))` form.
    worker.current ??= new Worker(new URL("./smaa.worker.ts", import.meta.url), { type: "module", name: "smaa" });
    return worker.current;
  }, []);

  const run = useCallback(
    (request: SmaaRequest) => {
      if (busy.current) stop();
      const w = warm();
      busy.current = true;
      const id = ++current.current;
      w.onmessage = ({ data }: MessageEvent<SmaaReply>) => {
        if (data.id !== current.current) return;
        if (data.type === "progress") {
          setState({ status: "running", request, done: data.done });
          return;
        }
        busy.current = false;
        if (data.type === "result") setState({ status: "done", request, response: data.response, elapsedMs: data.elapsedMs });
        else setState({ status: "failed", request, message: data.message, refusal: data.refusal, issue: data.issue });
      };
      w.onerror = (event) => {
        event.preventDefault();
        if (id !== current.current) return;
        stop();
        setState({ status: "failed", request, message: event.message || "the worker stopped" });
      };
      setState({ status: "running", request, done: 0 });
      w.postMessage({ id, request } satisfies SmaaRun);
    },
    [stop, warm],
  );

  const cancel = useCallback(() => {
    stop();
    current.current++;
    setState((s) => (s.status === "running" ? { status: "cancelled", request: s.request, done: s.done } : s));
  }, [stop]);

  useEffect(() => stop, [stop]);
  return { state, run, cancel, warm };
}
