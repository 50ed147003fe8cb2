/**
 * Rate limits as pure state transitions (the store, in lib/server, keeps the state per key).
 * Times are epoch milliseconds.
 */
export type LimitState = { count: number; windowStart: number; blockedUntil: number | null };

/** Every request counts: at most `max` per window, then a wait until the window ends. */
export type BudgetPolicy = { kind: "budget"; max: number; windowMs: number };

/**
 * Failures count: the first `free` in a window cost nothing, each further one blocks the key
 * for a doubling delay (base, 2 base, 4 base ... up to maxDelayMs). A key blocks only its own
 * pair (an account from one client), so nobody can lock an account for everyone.
 */
export type BackoffPolicy = { kind: "backoff"; free: number; windowMs: number; baseDelayMs: number; maxDelayMs: number };

export type LimitPolicy = BudgetPolicy | BackoffPolicy;

/** Milliseconds until a key may act again; 0 when it may now. */
export function retryAfterMs(state: LimitState | null, nowMs: number): number {
  return state?.blockedUntil && state.blockedUntil > nowMs ? state.blockedUntil - nowMs : 0;
}

/** The state after one more counted event (a request, or a failure). */
export function afterHit(state: LimitState | null, policy: LimitPolicy, nowMs: number): LimitState {
  const fresh = !state || nowMs - state.windowStart >= policy.windowMs;
  const windowStart = fresh ? nowMs : state.windowStart;
  const count = fresh ? 1 : state.count + 1;
  if (policy.kind === "budget") return { count, windowStart, blockedUntil: count >= policy.max ? windowStart + policy.windowMs : null };
  if (count <= policy.free) return { count, windowStart, blockedUntil: null };
  const delay = Math.min(policy.baseDelayMs * 2 ** Math.min(count - policy.free - 1, 30), policy.maxDelayMs);
  return { count, windowStart, blockedUntil: nowMs + delay };
}
