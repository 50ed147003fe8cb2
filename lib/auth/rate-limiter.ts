/**
 * A fixed-window limiter of failed attempts per key (for sign-in: per e-mail and per client).
 * The clock is injected, so tests need no waiting.
 */
export function createRateLimiter(options: { max: number; windowMs: number; now: () => number }) {
  const { now } = options;
  const failures = new Map<string, { count: number; since: number }>();
  const current = (key: string) => {
    const entry = failures.get(key);
    if (!entry || now() - entry.since >= options.windowMs) return null;
    return entry;
  };
  return {
    /** Milliseconds until the key may try again, or 0 when it may now. */
    retryAfterMs(key: string): number {
      const entry = current(key);
      return entry && entry.count >= options.max ? options.windowMs - (now() - entry.since) : 0;
    },
    fail(key: string) {
      const entry = current(key);
      failures.set(key, entry ? { count: entry.count + 1, since: entry.since } : { count: 1, since: now() });
    },
    reset(key: string) {
      failures.delete(key);
    },
  };
}
