// npm run bench:ui: serves the built app on a synthetic 200 x 100 dataset and measures, in
// Debian's Chromium, how long /compare takes to load and to answer a weight change. Prints
// figures only. Needs `npm run build` first.
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";

// BENCH_UI_PORT: several checkouts on one machine each bench on a port of their own.
const PORT = Number(process.env.BENCH_UI_PORT ?? 3210);
const db = path.resolve("tests/.tmp/large.db");
const env = {
  ...process.env,
  DATABASE_URL: `file:${db}`,
  SEED_FILE: "tests/.tmp/large-dataset.json",
  SEED_PRESETS_FILE: "tests/.tmp/large-presets.json",
  NEXT_TELEMETRY_DISABLED: "1",
  CHECKPOINT_DISABLE: "1",
};
const bin = (name: string) => path.resolve("node_modules/.bin", name);

execFileSync(bin("tsx"), ["--tsconfig", "tsconfig.scripts.json", "scripts/make-large-dataset.ts", "200", "100", env.SEED_FILE], { stdio: "inherit" });
fs.writeFileSync(
  env.SEED_PRESETS_FILE,
  JSON.stringify({
    presets: [{ slug: "equal", title: "Equal weights", rationale: "Every criterion counts the same.", categoryWeights: {}, criterionWeights: {} }],
  }),
);
fs.rmSync(db, { force: true });
execFileSync(bin("prisma"), ["migrate", "deploy"], { env, stdio: "ignore" });
const seedStart = performance.now();
execFileSync(bin("tsx"), ["--tsconfig", "tsconfig.scripts.json", "prisma/seed.ts"], { env, stdio: "ignore" });
console.log(`seed 200 x 100: ${(performance.now() - seedStart).toFixed(0)} ms`);

async function main() {
  const server = spawn(bin("next"), ["start", "-p", String(PORT)], { env, stdio: "ignore" });
  try {
    for (let i = 0; i < 100; i++) {
      try {
        if ((await fetch(`http://localhost:${PORT}/api/sources`)).ok) break;
      } catch {
        /* not up yet */
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
    });
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const loadStart = performance.now();
    await page.goto(`http://localhost:${PORT}/compare`);
    await page.getByRole("list", { name: "Frameworks ranked, best first" }).waitFor();
    console.log(`/compare with 200 frameworks x 100 criteria: interactive after ${(performance.now() - loadStart).toFixed(0)} ms`);

    // In the page: from the slider's input event to the next frame that shows the new weight
    // beside it, and to the frame that shows the re-ranked list.
    await page.getByRole("slider", { name: "Criterion 1", exact: true }).focus();
    // Passed as text: tsx would otherwise inject helpers that do not exist in the page.
    await page.evaluate(`(() => {
      const number = document.querySelector('input[aria-label="Criterion 1 weight"]');
      window.samples = [];
      let t0 = 0, sample = null, lastNumber = number.value;
      let lastRanking = document.querySelector(".ranking").innerHTML;
      // Long tasks (over 50 ms) on the main thread, to find those that follow the repaint (the URL write and what it causes).
      window.longTasks = [];
      new PerformanceObserver((list) => { for (const e of list.getEntries()) window.longTasks.push({ start: e.startTime, duration: e.duration }); }).observe({ type: "longtask" });
      document.addEventListener("input", () => { t0 = performance.now(); sample = { t0, weight: -1, ranking: -1 }; }, true);
      const tick = () => {
        if (sample) {
          const now = performance.now() - t0;
          if (sample.weight < 0 && number.value !== lastNumber) { sample.weight = now; lastNumber = number.value; }
          const ranking = document.querySelector(".ranking").innerHTML;
          if (sample.ranking < 0 && ranking !== lastRanking) { sample.ranking = now; lastRanking = ranking; }
          if (sample.weight >= 0 && sample.ranking >= 0) { window.samples.push(sample); sample = null; }
        }
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    })()`);
    for (let i = 0; i < 10; i++) {
      // Big enough steps that the three-decimal scores change every time.
      await page.keyboard.press(i % 2 ? "Home" : "End");
      await page.waitForTimeout(700);
    }
    const samples = (await page.evaluate("window.samples")) as Array<{ t0: number; weight: number; ranking: number }>;
    const longTasks = (await page.evaluate("window.longTasks")) as Array<{ start: number; duration: number }>;
    // The longest task that starts after a change's ranking was painted, before the next change (700 ms apart).
    const after = samples.map((s) => Math.max(0, ...longTasks.filter((t) => t.start >= s.t0 + s.ranking && t.start < s.t0 + 700).map((t) => t.duration)));
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
    console.log(
      `weight change (${samples.length} of 10 measured): weight shown after median ${median(samples.map((s) => s.weight)).toFixed(0)} ms, ranking after median ${median(samples.map((s) => s.ranking)).toFixed(0)} ms (worst ${Math.max(...samples.map((s) => s.ranking)).toFixed(0)} ms)`,
    );
    if (process.env.BENCH_UI_VERBOSE)
      for (const s of samples)
        console.log(
          `  ranking at +${s.ranking.toFixed(0)} ms; long tasks at ${longTasks
            .filter((t) => t.start >= s.t0 && t.start < s.t0 + 700)
            .map((t) => `+${(t.start - s.t0).toFixed(0)} ms (${t.duration.toFixed(0)} ms)`)
            .join(", ")}`,
        );
    console.log(
      `after the repaint: ${after.filter((d) => d > 0).length} of ${after.length} changes caused a long task (over 50 ms); longest ${Math.max(0, ...after).toFixed(0)} ms, median of changes ${median(after).toFixed(0)} ms`,
    );
    await browser.close();
  } finally {
    server.kill();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
