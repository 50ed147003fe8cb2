import { chromium } from "@playwright/test";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--disable-gpu"] });
const ctx = await b.newContext();
let lost = 0;
for (let i = 0; i < 8; i++) {
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: Number(process.argv[2] ?? 4) });
  await page.goto("http://localhost:3400/", { waitUntil: "commit" });
  await page.getByRole("link", { name: "Russia's Security Concept for the Gulf Area" }).click();
  try { await page.waitForURL(/russia-gulf-concept$/, { timeout: 8000 }); } catch { lost++; console.log("lost on", i, page.url()); }
  await page.close();
}
console.log("lost", lost, "of 8");
await b.close();
