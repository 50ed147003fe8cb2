import "server-only";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { AnalyzeRequest, AnalyzeResponse } from "../../domain/analyze";
import type { RobustnessResponse } from "../../domain/robustness";
import type { Result } from "../../scoring/types";
import type { EngineTask } from "./engine-task";

/** One worker: the machine this serves on may have two cores, and requests need one of them. */
const MAX_WAITING = 8;
const JOB_TIMEOUT_MS = 5_000;
/** How long a new worker may take to load the engine (compiling it from source in tests) before its first job's time starts. */
const START_TIMEOUT_MS = 30_000;

export type PoolOutcome<T = unknown> = { ok: true; result: Result<T> } | { ok: false; reason: "busy" | "timeout" | "failed" };

type Job = { id: number; task: EngineTask; resolve: (outcome: PoolOutcome) => void };

/**
 * A worker thread for the scoring engine (analyses and robustness runs), so a large analysis never blocks the pages and reads
 * served on the main thread. Jobs run one at a time; a few may wait, more are refused ("busy"),
 * and a job that runs past its time ends the worker ("timeout"), which restarts on next use.
 */
function createPool() {
  let worker: Worker | null = null;
  // Whether `worker` has loaded the engine and said so: only then does a job's time start.
  let ready = false;
  let running: (Job & { timer?: NodeJS.Timeout }) | null = null;
  const waiting: Job[] = [];
  let nextId = 1;

  const spawn = () => {
    // Under Next, Turbopack bundles the worker it finds in this exact `new Worker(new URL(...))`
    // form; run from source (tests, scripts) the worker is TypeScript, which a Node 20 worker
    // loads through tsx's require hook.
    const w = process.env.NEXT_RUNTIME
      ? new Worker(new URL("./analyze-worker.ts", import.meta.url))
      : new Worker(`require("tsx/cjs"); require(${JSON.stringify(path.join(path.dirname(fileURLToPath(import.meta.url)), "analyze-worker.ts"))});`, {
          eval: true,
        });
    w.unref();
    ready = false;
    w.on("message", (message: { ready: true } | { id: number; result: Result<unknown> }) => {
      if ("ready" in message) {
        if (worker !== w) return;
        ready = true;
        if (running) startTimer(running, JOB_TIMEOUT_MS);
      } else finish(message.id, { ok: true, result: message.result });
    });
    w.on("error", () => fail("failed"));
    w.on("exit", () => {
      if (worker === w) worker = null;
      fail("failed");
    });
    return w;
  };

  const finish = (id: number, outcome: PoolOutcome) => {
    if (!running || running.id !== id) return;
    clearTimeout(running.timer);
    const job = running;
    running = null;
    job.resolve(outcome);
    pump();
  };

  const fail = (reason: "timeout" | "failed") => {
    if (running) finish(running.id, { ok: false, reason });
  };

  const startTimer = (job: Job & { timer?: NodeJS.Timeout }, ms: number) => {
    clearTimeout(job.timer);
    job.timer = setTimeout(() => {
      const stuck = worker;
      worker = null;
      fail("timeout");
      void stuck?.terminate();
    }, ms);
  };

  const pump = () => {
    if (running || waiting.length === 0) return;
    const job: Job & { timer?: NodeJS.Timeout } = waiting.shift()!;
    worker ??= spawn();
    running = job;
    // A worker still loading gets the job now (its port keeps it) and the job's own time once it is ready.
    startTimer(job, ready ? JOB_TIMEOUT_MS : START_TIMEOUT_MS + JOB_TIMEOUT_MS);
    worker.postMessage({ id: job.id, task: job.task });
  };

  return {
    run(task: EngineTask): Promise<PoolOutcome> {
      if (waiting.length >= MAX_WAITING) return Promise.resolve({ ok: false, reason: "busy" });
      return new Promise((resolve) => {
        waiting.push({ id: nextId++, task, resolve });
        pump();
      });
    },
  };
}

const cache = globalThis as unknown as { gulfAnalyzePool?: ReturnType<typeof createPool> };

function runOffThread<T>(task: EngineTask): Promise<PoolOutcome<T>> {
  cache.gulfAnalyzePool ??= createPool();
  return cache.gulfAnalyzePool.run(task) as Promise<PoolOutcome<T>>;
}

/** Scores a request on the worker thread. */
export const analyzeOffThread = (request: AnalyzeRequest) => runOffThread<AnalyzeResponse>({ kind: "analyze", request });

/** Runs SMAA on the worker thread, in the same queue as analyses. */
export const robustnessOffThread = (request: Extract<EngineTask, { kind: "robustness" }>["request"]) =>
  runOffThread<RobustnessResponse>({ kind: "robustness", request });
