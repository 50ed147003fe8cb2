import { chromium } from "@playwright/test";
const port = process.argv[2], name = process.argv[3];
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
await page.goto(`http://localhost:${port}/compare`);
await page.getByRole("list", { name: "Frameworks ranked, best first" }).waitFor();
const slider = page.getByRole("slider", { name, exact: true });
await slider.focus();
for (let i = 0; i < 6; i++) {
  await page.evaluate((label) => { window.__w = new Promise((resolve) => {
    const input = document.querySelector(`input[aria-label="${label} weight"]`);
    const share = input.parentElement.querySelector(".weight__share");
    const v0 = input.value, s0 = document.querySelector(".ranking").innerHTML;
    const t0 = performance.now(); let tv = null;
    const tick = () => { const now = performance.now(); if (tv === null && input.value !== v0) tv = now - t0; if (document.querySelector(".ranking").innerHTML !== s0 || now - t0 > 3000) return resolve({ value: tv, ranking: now - t0 }); requestAnimationFrame(tick); };
    window.__start = () => requestAnimationFrame(tick);
  }); }, name);
  await page.evaluate(() => window.__start());
  await page.keyboard.press("ArrowRight");
  console.log(JSON.stringify(await page.evaluate(() => window.__w)));
}
await browser.close();
