import { availableParallelism } from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";
import { MOCKING_UNIT_TESTS } from "./tests/support/mocking-tests";

const alias = {
  "@": path.resolve(import.meta.dirname),
  // `server-only` throws outside React Server Components; the data layer is plain Node in tests (see the stub).
  "server-only": path.resolve(import.meta.dirname, "scripts/server-only-outside-next.ts"),
};

const MOCKING = MOCKING_UNIT_TESTS;

/**
 * Tests of what is computed, not stored: the analyses (ahp, analyze, robustness) touch the database
 * only through the rate limiter, which export-api and the server tests cover on PostgreSQL, and
 * the sheets' words read the seed as read-api does. On PostgreSQL they would test the database no
 * further, so they run on SQLite only.
 */
const SAME_ON_EVERY_DATABASE = [
  "tests/integration/ahp-api.test.ts",
  "tests/integration/analyze-api.test.ts",
  "tests/integration/analyze-value-functions.test.ts",
  "tests/integration/robustness-api.test.ts",
  "tests/integration/export-locale.test.ts",
];

/** The integration tests against one database; each test file gets a fresh copy of a migrated one. */
const integration = (name: string, database: "sqlite" | "postgres") => ({
  resolve: { alias },
  test: {
    name,
    include: ["tests/integration/**/*.test.ts"],
    exclude: database === "postgres" ? SAME_ON_EVERY_DATABASE : [],
    environment: "node" as const,
    env: { TEST_DATABASE: database },
    globalSetup: ["tests/setup/integration-global-setup.ts"],
    setupFiles: ["tests/setup/integration-worker-db.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

export default defineConfig({
  resolve: { alias },
  test: {
    // Vitest's default on two cores is one worker: the integration tests wait on databases and
    // scrypt much of the time, so three overlap them (the unit, SQLite and PostgreSQL runs go
    // together in `npm run test:vitest`).
    maxWorkers: Math.max(3, availableParallelism()),
    projects: [
      {
        resolve: { alias },
        // Pure modules: one module graph per worker, not one per file (most of the run was importing).
        // A file that mocks a module runs apart (unit-isolated), so its mock reaches no other file.
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts", "tests/unit/**/*.test.tsx"],
          exclude: MOCKING,
          environment: "node",
          isolate: false,
          // next-intl's ESM imports "next/server" without an extension, which Node alone does not resolve (the proxy's test).
          server: { deps: { inline: ["next-intl"] } },
        },
      },
      {
        resolve: { alias },
        test: { name: "unit-isolated", include: MOCKING, environment: "node" },
      },
      integration("integration", "sqlite"),
      // The same tests on PostgreSQL: needs PG_CLUSTER_URL (npm run test:integration:pg starts a cluster).
      integration("integration-pg", "postgres"),
      {
        // Real server processes (scripts/serve.ts) after `npm run build`; on PostgreSQL too
        // through scripts/postgres-cluster.ts (npm run test:server).
        resolve: { alias },
        test: {
          name: "server",
          include: ["tests/server/**/*.test.ts"],
          environment: "node",
          fileParallelism: false,
          testTimeout: 240_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
