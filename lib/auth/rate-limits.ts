import type { BackoffPolicy, BudgetPolicy } from "./rate-limit-policy";

const MINUTE = 60 * 1000;

/** Wrong passwords for one account from one client: five free, then 1 s, 2 s, 4 s ... up to 15 min. */
export const SIGN_IN_ACCOUNT_CLIENT: BackoffPolicy = { kind: "backoff", free: 5, windowMs: 15 * MINUTE, baseDelayMs: 1000, maxDelayMs: 15 * MINUTE };

/** Wrong passwords from one client across accounts (password spraying): twenty free, then backoff. */
export const SIGN_IN_CLIENT: BackoffPolicy = { kind: "backoff", free: 20, windowMs: 15 * MINUTE, baseDelayMs: 2000, maxDelayMs: 15 * MINUTE };

/** Import previews are open to anyone and parsing a file is work: per client, per ten minutes. */
export const ANONYMOUS_IMPORT: BudgetPolicy = { kind: "budget", max: 60, windowMs: 10 * MINUTE };

/** POST /api/analyze runs the engine for anyone: per client, per minute. */
export const ANALYZE: BudgetPolicy = { kind: "budget", max: 120, windowMs: MINUTE };

/** POST /api/ahp computes a 15 x 15 eigenvector at most, for anyone: as many as analyses. */
export const AHP: BudgetPolicy = { kind: "budget", max: 120, windowMs: MINUTE };

/** POST /api/robustness samples up to a fixed budget of work each (ROBUSTNESS_LIMITS), for anyone: fewer than analyses. */
export const ROBUSTNESS: BudgetPolicy = { kind: "budget", max: 30, windowMs: MINUTE };

/** Sheets made anew (an export not already in memory) per client, per ten minutes. */
export const EXPORTS: BudgetPolicy = { kind: "budget", max: 120, windowMs: 10 * MINUTE };

/** A panel participant's saves (the link is the credential, so no session to hold to account): per client, per ten minutes. */
export const PANEL_RESPONSES: BudgetPolicy = { kind: "budget", max: 60, windowMs: 10 * MINUTE };
