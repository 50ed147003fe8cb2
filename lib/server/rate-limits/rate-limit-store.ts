import "server-only";
import { afterHit, retryAfterMs, type LimitPolicy, type LimitState } from "../../auth/rate-limit-policy";
import { getDb, type Db } from "../db";

const DAY_MS = 24 * 60 * 60 * 1000;
const SWEEP_EVERY_MS = 10 * 60 * 1000;
let lastSweep = 0;

const toState = (row: { count: number; windowStart: Date; blockedUntil: Date | null } | null): LimitState | null =>
  row && { count: row.count, windowStart: row.windowStart.getTime(), blockedUntil: row.blockedUntil?.getTime() ?? null };

/**
 * Spends one request of a budget, or one attempt under a backoff: the wait when the key is
 * already out of it (nothing counted), else 0 with the request counted.
 */
export async function spendBudget(key: string, policy: LimitPolicy, db: Db = getDb(), now = new Date()): Promise<number> {
  const wait = await db.$transaction(async (tx) => {
    const state = toState(await tx.rateLimit.findUnique({ where: { key } }));
    const blocked = retryAfterMs(state, now.getTime());
    if (blocked > 0) return blocked;
    const next = afterHit(state, policy, now.getTime());
    const data = { count: next.count, windowStart: new Date(next.windowStart), blockedUntil: next.blockedUntil === null ? null : new Date(next.blockedUntil) };
    await tx.rateLimit.upsert({ where: { key }, create: { key, ...data }, update: data });
    return 0;
  });
  await sweep(db, now);
  return wait;
}

/** Takes back one counted event (an attempt that turned out not to be a failure). */
export async function refundHit(key: string, db: Db = getDb()): Promise<void> {
  await db.rateLimit.updateMany({ where: { key, count: { gt: 0 } }, data: { count: { decrement: 1 } } });
}

export async function clearLimit(key: string, db: Db = getDb()): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key } });
}

/** Forgets keys idle for a day, at most every few minutes per process, so the table stays small. */
async function sweep(db: Db, now: Date) {
  if (now.getTime() - lastSweep < SWEEP_EVERY_MS) return;
  lastSweep = now.getTime();
  const before = new Date(now.getTime() - DAY_MS);
  await db.rateLimit.deleteMany({ where: { windowStart: { lt: before }, OR: [{ blockedUntil: null }, { blockedUntil: { lt: now } }] } });
}
