import { expect, test } from "./support/warm-context";
import { wcagViolations } from "./support/axe";

// /compare is scanned in compare.spec.ts, with its evidence dialog open as well. The framework
// pages share one template: two with different data (world powers as observers; a targeted
// actor) stand for the five.
const pages = [
  "/",
  "/frameworks/russia-gulf-concept",
  "/frameworks/arab-nato",
  "/sources",
  "/sources/stepanova-2020#L862-L877",
  "/data",
  "/history",
  "/frameworks/no-such-framework",
];

for (const path of pages) {
  test(`axe finds no WCAG A/AA violation on ${path}`, async ({ page }) => {
    // axe walks every node: the source viewer's thousand numbered lines take it tens of seconds on two cores.
    test.setTimeout(120_000);
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await wcagViolations(page, { openDisclosures: true })).toEqual([]);
  });
}

test("the scan can fail: an image without a name and low-contrast text are reported", async ({ page }) => {
  await page.goto("/frameworks/no-such-framework");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.evaluate(() => {
    const main = document.querySelector("main");
    const img = document.createElement("img");
    img.src = "data:image/gif;base64,R0lGODlhAQABAAAAACw=";
    const faint = document.createElement("p");
    faint.textContent = "faint";
    faint.style.color = "#eee";
    main?.append(img, faint);
  });
  const violations = await wcagViolations(page);
  expect(violations.join("\n")).toMatch(/image-alt/);
  expect(violations.join("\n")).toMatch(/color-contrast/);
});
