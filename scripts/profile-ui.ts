// npm run profile:ui: where the main thread's time goes after a weight change on /compare at
// 200 x 100. Serves the build on a synthetic database, presses End and Home on a slider four
// times, and prints the URL writes, the long tasks after each change, and a CPU profile by
// function and by the nearest React component. Build with `npx next build --no-mangling` first,
// so the components keep their names. NOWRITE=1 drops the URL writes, to tell their cost apart.
import { spawn } from "node:child_process";
import path from "node:path";
import { chromium } from "@playwright/test";
import { prepareDatabase } from "./synthetic-database";

const PORT = Number(process.env.BENCH_PORT ?? 3299);
const { env } = prepareDatabase("tests/.tmp/prof.db", { frameworks: 200, criteria: 100 });
const server = spawn(path.resolve("node_modules/.bin/next"), ["start", "-p", String(PORT)], { env, stdio: "ignore" });
const base = `http://localhost:${PORT}`;
async function main() {
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`${base}/api/sources`)).ok) break;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(`${base}/compare`);
  await page.getByRole("slider", { name: "Criterion 1", exact: true }).waitFor();
  await page.waitForTimeout(3000);
  await page.getByRole("slider", { name: "Criterion 1", exact: true }).focus();
  await page.evaluate(
    `(() => { window.longTasks = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.longTasks.push({ start: e.startTime, duration: e.duration }); }).observe({ type: "longtask" }); const o = history.replaceState; window.writes = []; history.replaceState = function (...a) { window.writes.push(performance.now()); ${process.env.NOWRITE ? "return;" : ""} return o.apply(this, a); }; })()`,
  );
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
  const agg = new Map<string, number>();
  const owners = new Map<string, number>();
  for (let k = 0; k < 4; k++) {
    const t0 = (await page.evaluate("performance.now()")) as number;
    await cdp.send("Profiler.start");
    await page.keyboard.press(k % 2 ? "Home" : "End");
    await page.waitForTimeout(1200);
    const { profile } = (await cdp.send("Profiler.stop")) as {
      profile: {
        nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }>;
        samples: number[];
        timeDeltas: number[];
      };
    };
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const ownerOf = (id: number): string => {
      const chain: string[] = [];
      for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) chain.push(byId.get(cur)!.callFrame.functionName);
      if (chain.some((f) => f === "commitRoot" || f === "commitRootImpl" || f === "flushMutationEffects" || f === "commitMutationEffects")) {
        const comp = chain.find((f) => /^[A-Z][A-Za-z0-9]+$/.test(f));
        return `COMMIT ${comp ?? ""}`;
      }
      const comp = chain.find(
        (f) => /^[A-Z][A-Za-z0-9]+$/.test(f) && !["Object", "Array", "Map", "Set", "Promise", "URLSearchParams", "Float64Array"].includes(f),
      );
      return comp ?? `(none) ${chain.slice(0, 3).join("<")}`;
    };
    profile.samples.forEach((id, i) => {
      const n = byId.get(id)!;
      const key = `${n.callFrame.functionName || "(anon)"} ${n.callFrame.url.split("/").pop()}:${n.callFrame.lineNumber}`;
      agg.set(key, (agg.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
      if (n.callFrame.functionName !== "(idle)" && n.callFrame.functionName !== "(program)") {
        const owner = ownerOf(id);
        // DETAIL=<Component>: that component's time split by the function that took it.
        if (process.env.DETAIL && owner === process.env.DETAIL) {
          const self = `${process.env.DETAIL}: ${n.callFrame.functionName || "(anon)"}`;
          owners.set(self, (owners.get(self) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
        }
        owners.set(owner, (owners.get(owner) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
      }
    });
    // Busy stretches of the main thread (no idle sample between), each with what took its time.
    type Busy = { start: number; end: number; by: Map<string, number> };
    const runs: Busy[] = [];
    let clock = 0;
    let idleBefore = true;
    profile.samples.forEach((id, i) => {
      const dt = (profile.timeDeltas[i] ?? 0) / 1000;
      clock += dt;
      const idle = byId.get(id)!.callFrame.functionName === "(idle)";
      if (!idle && idleBefore) runs.push({ start: clock, end: clock, by: new Map() });
      idleBefore = idle;
      const run = runs.at(-1);
      if (idle || !run) return;
      run.end = clock;
      const owner = ownerOf(id);
      run.by.set(owner, (run.by.get(owner) ?? 0) + dt);
    });
    for (const r of runs.filter((x) => x.end - x.start >= 40)) {
      const parts = [...r.by.entries()].sort((a, b) => b[1] - a[1]).slice(0, 6);
      console.log(`  busy +${r.start.toFixed(0)} for ${(r.end - r.start).toFixed(0)} ms: ${parts.map(([o, ms]) => `${o} ${ms.toFixed(0)}`).join("; ")}`);
    }
    const lt = (await page.evaluate("window.longTasks.splice(0)")) as Array<{ start: number; duration: number }>;
    const w = (await page.evaluate("window.writes.splice(0)")) as number[];
    console.log(
      `change ${k}: url writes at ${w.map((x) => `+${(x - t0).toFixed(0)}`).join(",")}; long tasks ${lt.map((t) => `+${(t.start - t0).toFixed(0)} (${t.duration.toFixed(0)} ms)`).join(", ")}`,
    );
  }
  const top = [...agg.entries()]
    .filter(([k]) => !k.startsWith("(idle)") && !k.startsWith("(program)"))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 45);
  for (const [k, ms] of top.slice(0, 15)) console.log(`${ms.toFixed(1).padStart(8)} ms  ${k}`);
  console.log("--- by component (nearest capitalised frame) ---");
  for (const [k, ms] of [...owners.entries()].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${ms.toFixed(1).padStart(8)} ms  ${k}`);
  await browser.close();
}
void main().finally(() => server.kill());
