import type { IssueReport } from "./format-issues";

/** Why an operation refused, in the domain's words; the HTTP layer gives each its status (lib/server/api/refusal-response). */
export type Problem = "invalid" | "forbidden" | "not-found" | "conflict" | "too-large";

export type Refusal<Current = unknown> =
  | { ok: false; problem: Exclude<Problem, "conflict">; error: string; issues?: IssueReport[] }
  /** The record changed since the caller read it (or another change created it): `current` is its state now. */
  | { ok: false; problem: "conflict"; error: string; current: Current; issues?: IssueReport[] };

/** What a write operation gives back: its result (`created` when it made a new record), or a refusal. */
export type Outcome<T, Current = unknown> = { ok: true; created?: true; body: T } | Refusal<Current>;
