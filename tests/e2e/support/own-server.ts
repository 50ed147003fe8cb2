import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { test as base, expect } from "@playwright/test";
import { reportCspViolations, watchCspViolations } from "./csp-violations";
import { serveDatabase } from "./serve-database";

/**
 * The tests that change the data: each worker serves the built app from a freshly seeded
 * database of its own (port E2E_PORT + 600 + its index), so they run beside the read-only
 * tests, and beside each other, without any seeing another's changes. `createEditor` makes
 * its accounts in that database (E2E_DATABASE_URL, set per worker). Like the read-only tests'
 * (warm-context.ts), a test fails on a CSP violation in any page of its context.
 */
export const test = base.extend<object, { ownServer: { url: string } }>({
  ownServer: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from its first parameter's pattern.
    async ({}, use, workerInfo) => {
      const port = Number(process.env.E2E_PORT ?? 3100) + 600 + workerInfo.parallelIndex;
      const file = path.resolve(`tests/.tmp/e2e-writes-${port}.db`);
      for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(`${file}${suffix}`, { force: true });
      const env = { ...process.env, DATABASE_URL: `file:${file}`, NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" };
      execFileSync("npm", ["run", "--silent", "db:setup"], { env, stdio: "ignore" });
      process.env.E2E_DATABASE_URL = env.DATABASE_URL;
      const server = await serveDatabase(env, port, "writes");
      await use({ url: server.url });
      await server.stop();
    },
    { scope: "worker", timeout: 120_000 },
  ],
  baseURL: async ({ ownServer }, use) => use(ownServer.url),
  context: async ({ context }, use) => {
    await reportCspViolations(context);
    const csp = watchCspViolations(context);
    await use(context);
    csp.stop();
    expect(csp.violations, "Content Security Policy violations").toEqual([]);
  },
});

export { expect } from "@playwright/test";
