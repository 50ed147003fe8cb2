import { chromium } from "@playwright/test";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
await page.goto("http://localhost:3211/compare");
await page.getByRole("list", { name: "Frameworks ranked, best first" }).waitFor();
await page.waitForTimeout(500);
const cdp = await page.context().newCDPSession(page);
await cdp.send("Profiler.enable");
await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
await page.getByRole("slider", { name: "Criterion 1", exact: true }).focus();
await cdp.send("Profiler.start");
for (let i = 0; i < 3; i++) { await page.keyboard.press("ArrowRight"); await page.waitForTimeout(900); }
const { profile } = await cdp.send("Profiler.stop");
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map(); for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
const incl = new Map();
profile.samples.forEach((id, i) => { const seen = new Set(); let cur = id; while (cur) { const n = byId.get(cur); const key = n.callFrame.functionName || "(anon)"; if (!seen.has(key)) { incl.set(key, (incl.get(key) || 0) + (profile.timeDeltas[i] || 0)); seen.add(key);} cur = parent.get(cur); } });
console.log([...incl.entries()].sort((a, b) => b[1] - a[1]).slice(0, 70).map(([k, v]) => `${(v / 1000).toFixed(0)}ms ${k}`).join("\n"));
await browser.close();
