import type { IssueReport } from "@/lib/domain/format-issues";
import type { RobustnessResponse } from "@/lib/domain/robustness";
import type { EngineRefusal } from "@/lib/scoring/types";

/** What the page asks the SMAA worker: one run, by id (a later run's replies are told apart from an earlier one's). */
export type SmaaRun = { id: number; request: unknown };

/** What the worker answers: progress while it samples, then the result or why there is none. */
export type SmaaReply =
  | { type: "progress"; id: number; done: number; total: number }
  | { type: "result"; id: number; response: RobustnessResponse; elapsedMs: number }
  /**
   * Why not: in English, and for the method's own refusal its code (said as `ranking.problems.<code>`),
   * for a refused request its first issue with its code (said as `errors.<code>`).
   */
  | { type: "error"; id: number; message: string; refusal?: Pick<EngineRefusal, "code" | "params">; issue?: IssueReport };
