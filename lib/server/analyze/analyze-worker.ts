// Runs the scoring engine for POST /api/analyze and /api/robustness off the request thread (see analyze-pool.ts).
import { parentPort } from "node:worker_threads";
import { type EngineTask, runEngineTask } from "./engine-task";

parentPort?.on("message", (job: { id: number; task: EngineTask }) => {
  parentPort!.postMessage({ id: job.id, result: runEngineTask(job.task) });
});
parentPort?.postMessage({ ready: true });
