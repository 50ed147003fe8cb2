// npm run bench:ui: serves the built app on the seed (5 x 35) and on a synthetic 200 x 100
// dataset and measures what /compare sends (its HTML and its RSC payload) and, in Debian's
// Chromium, how long the 200 x 100 page takes to load and to answer weight changes. Prints
// figures only. Needs `npm run build` first. BENCH_PORT moves the server off port 3210.
import { spawn } from "node:child_process";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { prepareDatabase } from "./synthetic-database";

const PORT = Number(process.env.BENCH_PORT ?? 3210);
const bin = (name: string) => path.resolve("node_modules/.bin", name);

async function withServer<T>(env: NodeJS.ProcessEnv, run: (base: string) => Promise<T>): Promise<T> {
  const server = spawn(bin("next"), ["start", "-p", String(PORT)], { env, stdio: "ignore" });
  const base = `http://localhost:${PORT}`;
  try {
    for (let i = 0; i < 150; i++) {
      try {
        if ((await fetch(`${base}/api/sources`)).ok) break;
      } catch {
        /* not up yet */
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    return await run(base);
  } finally {
    server.kill();
    await new Promise((r) => server.once("exit", r));
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

/** The page's document (which carries its RSC payload inline) and the RSC payload a client navigation fetches. */
async function measurePayload(base: string, label: string) {
  const html = Buffer.from(await (await fetch(`${base}/compare`)).arrayBuffer());
  const rsc = Buffer.from(await (await fetch(`${base}/compare`, { headers: { rsc: "1" } })).arrayBuffer());
  console.log(
    `/compare payload, ${label}: HTML ${kb(html.byteLength)} (${kb(gzipSync(html).byteLength)} gzipped), RSC ${kb(rsc.byteLength)} (${kb(gzipSync(rsc).byteLength)} gzipped)`,
  );
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function measureInteraction(base: string) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    // Once unmeasured, so that the server's first render and read-model fill are not counted.
    await page.goto(`${base}/compare`);
    const loads: number[] = [];
    for (let i = 0; i < 3; i++) {
      const loadStart = performance.now();
      await page.goto(`${base}/compare`);
      await page.getByRole("list", { name: "Frameworks ranked, best first" }).waitFor();
      await page.getByRole("slider", { name: "Criterion 1", exact: true }).waitFor();
      loads.push(performance.now() - loadStart);
    }
    console.log(`/compare with 200 frameworks x 100 criteria: interactive after median ${median(loads).toFixed(0)} ms (3 loads)`);

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
    const changes = 20;
    for (let i = 0; i < changes; i++) {
      // Big enough steps that the three-decimal scores change every time.
      await page.keyboard.press(i % 2 ? "Home" : "End");
      await page.waitForTimeout(700);
    }
    const samples = (await page.evaluate("window.samples")) as Array<{ t0: number; weight: number; ranking: number }>;
    const longTasks = (await page.evaluate("window.longTasks")) as Array<{ start: number; duration: number }>;
    // The longest task that starts after a change's ranking was painted, before the next change (700 ms apart).
    const after = samples.map((s) => Math.max(0, ...longTasks.filter((t) => t.start >= s.t0 + s.ranking && t.start < s.t0 + 700).map((t) => t.duration)));
    console.log(
      `weight change (${samples.length} of ${changes} measured): weight shown after median ${median(samples.map((s) => s.weight)).toFixed(0)} ms, ranking after median ${median(samples.map((s) => s.ranking)).toFixed(0)} ms (worst ${Math.max(...samples.map((s) => s.ranking)).toFixed(0)} ms)`,
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

    // Sorting and transposing the matrix: from the click to the frame that shows the new order or axes.
    const repaint = async (click: () => Promise<void>, changed: string) => {
      await page.evaluate(`(() => {
        window.repaint = null;
        document.addEventListener("click", () => {
          const start = performance.now();
          const tick = () => {
            if (${changed}) window.repaint = performance.now() - start;
            else requestAnimationFrame(tick);
          };
          requestAnimationFrame(tick);
        }, { capture: true, once: true });
      })()`);
      await click();
      // Polled from the page (a string to waitForFunction would need eval, which the page's CSP refuses).
      return (await page.evaluate(
        "new Promise((done) => { const check = () => (window.repaint !== null ? done(window.repaint) : setTimeout(check, 10)); check(); })",
      )) as number;
    };
    const matrix = page.getByRole("region", { name: "Comparison matrix" });
    await matrix.scrollIntoViewIfNeeded();
    const sorts: number[] = [];
    const transposes: number[] = [];
    for (let i = 0; i < 5; i++) {
      // Descending, ascending, then unsorted again: the order changes each time.
      for (const shown of [
        "document.querySelector('th[aria-sort=\"descending\"]')",
        "document.querySelector('th[aria-sort=\"ascending\"]')",
        "!document.querySelector('th[aria-sort]')",
      ]) {
        const sortButton = matrix.getByRole("button", { name: /^Sort by F1(,|$)/ });
        sorts.push(await repaint(() => sortButton.click(), shown));
      }
      const transpose = page.getByRole("checkbox", { name: "Transpose" });
      transposes.push(await repaint(() => transpose.click(), `document.querySelector(".matrix caption").textContent.startsWith("Frameworks down")`));
      transposes.push(await repaint(() => transpose.click(), `document.querySelector(".matrix caption").textContent.startsWith("Criteria down")`));
    }
    const summary = (xs: number[]) => `median ${median(xs).toFixed(0)} ms, worst ${Math.max(...xs).toFixed(0)} ms (${xs.length} times)`;
    console.log(`matrix sorted by a column: new order shown after ${summary(sorts)}`);
    console.log(`matrix transposed and back: new axes shown after ${summary(transposes)}`);
  } finally {
    await browser.close();
  }
}

/**
 * The robustness panel's SMAA-2 in its Web Worker: from the click on Run to the chart (the
 * worker loaded from cold each time: the pointer reaches the button as it clicks), and the
 * worker's own time and samples per second,
 * which the panel prints. Median of 3 runs, each with a new seed.
 */
async function measureRobustness(base: string, label: string, samples: number) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const runs: Array<{ wall: number; worker: number; rate: number }> = [];
    for (let i = 0; i < 3; i++) {
      await page.goto(`${base}/compare?samples=${samples}`);
      // Hydrated, so that the click is the panel's and not one React replays once it is.
      await page.waitForFunction(() => Boolean((window as { next?: { version?: string } }).next?.version));
      await page.waitForLoadState("networkidle");
      const panel = page.getByRole("region", { name: "Robustness" });
      const summary = panel.getByTestId("robustness-summary");
      const start = performance.now();
      await panel.getByRole("button", { name: "Run robustness analysis" }).click();
      await summary.waitFor({ timeout: 120_000 });
      await panel.getByRole("figure").waitFor();
      const wall = performance.now() - start;
      const text = (await summary.textContent()) ?? "";
      const [, ms, rate] = /in (\d+) ms in your browser \(([\d,]+) samples\/s\)/.exec(text) ?? [];
      runs.push({ wall, worker: Number(ms), rate: Number(rate?.replaceAll(",", "")) });
    }
    const m = (pick: (r: (typeof runs)[number]) => number) => median(runs.map(pick));
    console.log(
      `robustness (SMAA-2 in the Web Worker), ${label}, ${samples.toLocaleString("en")} samples, ±20% intervals: click to chart median ${m((r) => r.wall).toFixed(0)} ms; in the worker ${m((r) => r.worker).toFixed(0)} ms, ${Math.round(m((r) => r.rate)).toLocaleString("en")} samples/s (3 runs)`,
    );
  } finally {
    await browser.close();
  }
}

async function main() {
  const seeded = prepareDatabase("tests/.tmp/bench-seed.db");
  await withServer(seeded.env, async (base) => {
    await measurePayload(base, "5 frameworks x 35 criteria (the seed)");
    await measureRobustness(base, "5 frameworks x 36 criteria (the seed)", 10_000);
  });

  const synthetic = prepareDatabase("tests/.tmp/large.db", { frameworks: 200, criteria: 100 });
  console.log(`seed 200 x 100: ${synthetic.seedMs.toFixed(0)} ms`);
  await withServer(synthetic.env, async (base) => {
    await measurePayload(base, "200 frameworks x 100 criteria");
    await measureInteraction(base);
    await measureRobustness(base, "200 frameworks x 100 criteria", 5_000);
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
