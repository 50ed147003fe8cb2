import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
// A database of its own (one per port, so two checkouts can run at once), rebuilt from the
// migrations and the seed on every run. Tests that create accounts read it from the environment.
const DATABASE_FILE = `tests/.tmp/e2e-${PORT}.db`;
const DATABASE_URL = `file:./${DATABASE_FILE}`;
process.env.E2E_DATABASE_URL = DATABASE_URL;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  // Two cores serve the app and drive two browsers at once: an axe scan of /compare alone can
  // take 20 s there, so a test gets a minute before it counts as hung.
  timeout: 60_000,
  // A soft navigation waits for the server's render of the next page: on two busy cores that
  // can take longer than the default 5 s.
  expect: { timeout: 10_000 },
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: "list",
  use: {
    baseURL: `http://localhost:${PORT}`,
    // Recording a trace costs a fifth of the run (a snapshot of a page of thousands of elements
    // at every step), so only a retried test records one: in CI a failure is run again, traced.
    // Locally, `--trace=on` records them all.
    trace: "on-first-retry",
    launchOptions: {
      // Debian's Chromium: Playwright never downloads a browser here (STACK.md).
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [
    // Tests that change the data: each worker serves a database of its own (tests/e2e/support/own-server.ts),
    // so they run beside the read-only ones; listed first, so the longest tests start first. Each is an editor's whole flow (sign-in, forms, several pages and downloads): two minutes each.
    {
      name: "writes",
      use: { ...devices["Desktop Chrome"] },
      testMatch: /writes.*\.spec\.ts/,
      timeout: 120_000,
    },
    // The phone checks run once, on the phone.
    { name: "desktop", use: { ...devices["Desktop Chrome"] }, testIgnore: [/writes.*\.spec\.ts/, /responsive\.spec\.ts/] },
    { name: "phone", use: { ...devices["Pixel 7"] }, testMatch: /responsive\.spec\.ts/ },
  ],
  webServer: {
    // Playwright starts the web server before globalSetup, so the database is prepared here.
    command: `node -e "require('fs').rmSync('${DATABASE_FILE}',{force:true})" && npm run db:setup && PORT=${PORT} npx tsx --tsconfig tsconfig.scripts.json scripts/serve.ts`,
    url: `http://localhost:${PORT}/api/sources`,
    env: { DATABASE_URL, NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1" },
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
