import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { onPostgres } from "../setup/paths";
import { TEST_PASSWORD } from "../support/session-headers";
import { createDb, getDb } from "@/lib/server/db";
import { loadDatasetFile } from "@/lib/server/dataset/load-dataset-file";
import { seedDatabase } from "@/lib/server/dataset/seed-database";
import { patchFramework } from "@/lib/server/frameworks/write-framework";
import { endSession, sessionOfToken, startSession } from "@/lib/server/auth/session";
import { spendBudget } from "@/lib/server/rate-limits/rate-limit-store";
import { createUser } from "@/lib/server/users/create-user";

// On PostgreSQL two clients on one database stand for two app processes: what one writes, the
// other must see, and racing writes must behave as within one process (the advisory write lock).
// SQLite serves one app process: better-sqlite3 is synchronous, so a second client in the same
// process would block the event loop waiting for the first one's lock, and the races run
// through the one client (its transaction mutex).
const db = getDb();
const other = onPostgres() ? createDb(process.env.DATABASE_URL) : db;
let user: Awaited<ReturnType<typeof createUser>>;
beforeAll(async () => {
  await seedDatabase(db, loadDatasetFile(), []);
  user = await createUser({ email: "shared@example.org", name: "S", role: "editor", password: TEST_PASSWORD }, db);
});
afterAll(async () => {
  if (other !== db) await other.$disconnect();
  await db.$disconnect();
});

describe("one database, two app processes", () => {
  it("lets exactly one of several racing writes based on the same version land; the others get 409", async () => {
    const { version } = await db.framework.findUniqueOrThrow({ where: { slug: "hope" } });
    const outcomes = await Promise.all(
      Array.from({ length: 6 }, (_, i) => patchFramework("hope", { version, shortName: `HOPE ${i}`, reason: "a race" }, "racer", i % 2 ? other : db)),
    );
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    expect(outcomes.filter((o) => !o.ok).map((o) => !o.ok && o.problem)).toEqual(Array(5).fill("conflict"));
    const after = await db.framework.findUniqueOrThrow({ where: { slug: "hope" } });
    expect(after.version).toBe(version + 1);
    expect(await db.auditEntry.count({ where: { actor: "racer", field: "shortName" } })).toBe(1);
  });

  it("counts every attempt of racing rate-limited requests, whichever process they reach", async () => {
    const policy = { kind: "budget", max: 1000, windowMs: 60_000 } as const;
    await Promise.all(Array.from({ length: 24 }, (_, i) => spendBudget("test:race", policy, i % 2 ? other : db)));
    expect((await db.rateLimit.findUniqueOrThrow({ where: { key: "test:race" } })).count).toBe(24);
    const strict = { kind: "budget", max: 3, windowMs: 60_000 } as const;
    for (let i = 0; i < 3; i++) expect(await spendBudget("test:strict", strict, db)).toBe(0);
    expect(await spendBudget("test:strict", strict, other)).toBeGreaterThan(0);
  });

  it("keeps sessions in the database: one process signs in, the other honours it, and a sign-out ends it in both", async () => {
    const { header, session } = await startSession({ ...user, role: "editor" }, db);
    const token = header.split(";")[0]!.split("=")[1]!;
    expect((await sessionOfToken(token, other))?.email).toBe("shared@example.org");
    await endSession(session.id, other);
    expect(await sessionOfToken(token, db)).toBeNull();
    expect(await sessionOfToken(token, other)).toBeNull();
  });

  it("stores timestamps as timestamps", async () => {
    const before = Date.now();
    const { session } = await startSession({ ...user, role: "editor" }, other);
    const row = await db.session.findUniqueOrThrow({ where: { id: session.id } });
    expect(row.expiresAt).toBeInstanceOf(Date);
    expect(row.createdAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeGreaterThan(60 * 60 * 1000);
    const framework = await db.framework.findUniqueOrThrow({ where: { slug: "hope" } });
    expect(framework.updatedAt).toBeInstanceOf(Date);
    expect(Math.abs(framework.updatedAt.getTime() - Date.now())).toBeLessThan(10 * 60 * 1000);
  });
});
