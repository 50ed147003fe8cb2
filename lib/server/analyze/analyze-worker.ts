// Runs the scoring engine for POST /api/analyze off the request thread (see analyze-pool.ts).
import { parentPort } from "node:worker_threads";
import type { AnalyzeRequest } from "../../domain/analyze";
import { analyze } from "../../scoring/analyze-request";

parentPort?.on("message", (job: { id: number; request: AnalyzeRequest }) => {
  parentPort!.postMessage({ id: job.id, result: analyze(job.request) });
});
