import type { AnalyzeRequest } from "../../domain/analyze";
import type { RobustnessRequest } from "../../domain/robustness";
import { analyze } from "../../scoring/analyze-request";
import { robustness } from "../../scoring/robustness-request";
import type { Result } from "../../scoring/types";

/** What the engine's worker thread runs: an analysis, or a robustness run with its seed chosen. */
export type EngineTask = { kind: "analyze"; request: AnalyzeRequest } | { kind: "robustness"; request: RobustnessRequest & { seed: number } };

export function runEngineTask(task: EngineTask): Result<unknown> {
  return task.kind === "analyze" ? analyze(task.request) : robustness(task.request);
}
