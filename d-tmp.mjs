import { chromium } from "@playwright/test";
const port = process.argv[2], name = process.argv[3];
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
page.on("console", (m) => console.log("console:", m.text()));
await page.goto(`http://localhost:${port}/compare`);
await page.getByRole("list", { name: "Frameworks ranked, best first" }).waitFor();
await page.waitForTimeout(500);
const slider = page.getByRole("slider", { name, exact: true });
await slider.focus();
await page.evaluate((label) => {
  const input = document.querySelector(`input[aria-label="${label} weight"]`);
  let t0 = 0; let last = input.value;
  document.addEventListener("input", () => { t0 = performance.now(); }, true);
  const tick = () => { if (input.value !== last) { console.log(`number ${input.value} ${(performance.now() - t0).toFixed(0)}ms after the input event`); last = input.value; } requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
}, name);
for (let i = 0; i < 4; i++) { await page.keyboard.press("ArrowRight"); await page.waitForTimeout(1500); }
await browser.close();
