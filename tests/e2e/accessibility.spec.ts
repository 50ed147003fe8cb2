import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

const pages = [
  "/",
  "/frameworks/russia-gulf-concept",
  "/frameworks/hope",
  "/frameworks/gcc-centric",
  "/frameworks/arab-nato",
  "/frameworks/imsi",
  "/sources",
  "/sources/stepanova-2020#L862-L877",
  "/compare",
  "/data",
  "/history",
  "/frameworks/no-such-framework",
];

for (const path of pages) {
  test(`axe finds no WCAG A/AA violation on ${path}`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    // Open every disclosure so the evidence inside is scanned too.
    for (const summary of await page.locator("details > summary").all()) await summary.click();
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    const found = results.violations.map((v) => `${v.impact}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(" ")}`);
    expect(found).toEqual([]);
  });
}
