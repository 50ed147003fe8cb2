import { expect, test } from "@playwright/test";

test("on a phone the pages fit the screen without sideways scrolling", async ({ page }) => {
  for (const path of ["/", "/frameworks/arab-nato", "/sources/stepanova-2020#L704-L710"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});
