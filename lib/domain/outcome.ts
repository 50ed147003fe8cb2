import type { IssueReport } from "./format-issues";
import type { IssueParams } from "./issue-codes";

/** Why an operation refused, in the domain's words; the HTTP layer gives each its status (lib/server/api/refusal-response). */
export type Problem = "invalid" | "forbidden" | "not-found" | "conflict" | "too-large";

/** Why a change cannot be reverted (the revert's own refusals; those of the write it makes are that write's). */
export const REVERT_REFUSALS = [
  "revertSourceText",
  "revertCreation",
  "revertAction",
  "revertAuthorsOwn",
  "revertField",
  "revertNotFound",
  "revertSaveNotWhole",
  "revertRoleNotKept",
  "revertRemovedRoleNotKept",
  "revertFrameworkNotKept",
  "revertCitationsStale",
  "revertRoleGone",
  "revertRoleChanged",
  "revertRecordGone",
  "revertFieldChanged",
  "revertFrameworkExists",
] as const;
export type RevertRefusal = (typeof REVERT_REFUSALS)[number];

/** The refusals that say why beyond their problem: the revert's, and a source upload's. */
export const REFUSAL_REASONS = [
  ...REVERT_REFUSALS,
  "sourceExists",
  "sourceAddedMeanwhile",
  "sourceNotFound",
  "sameAsRevision",
  "revisionAddedMeanwhile",
] as const;
type RefusalReason = (typeof REFUSAL_REASONS)[number];

/**
 * What a refusal says beyond its problem, as a code with its parameters: a page says it from
 * `refusals.why.<code>` (components/edit/use-issue-text.ts), the API keeps the English `error`
 * and adds `code` and `params`.
 */
type Why = { code?: RefusalReason; params?: IssueParams };

export type Refusal<Current = unknown> =
  | ({ ok: false; problem: Exclude<Problem, "conflict">; error: string; issues?: IssueReport[] } & Why)
  /** The record changed since the caller read it (or another change created it): `current` is its state now. */
  | ({ ok: false; problem: "conflict"; error: string; current: Current; issues?: IssueReport[] } & Why);

/** What a write operation gives back: its result (`created` when it made a new record), or a refusal. */
export type Outcome<T, Current = unknown> = { ok: true; created?: true; body: T } | Refusal<Current>;
