import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./support/warm-context";

// The phone: 390 CSS pixels wide.
test.use({ viewport: { width: 390, height: 844 } });

/**
 * How far the page runs past the screen's width. A phone's browser widens its layout viewport
 * (`innerWidth`) to take in content that overflows, so the width to compare with is the screen's:
 * the root's `clientWidth`, 390.
 */
const overflowOf = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

const PAGES = [
  "/",
  "/compare",
  "/compare?preset=us-gulf-deterrence&method=topsis&t=true",
  "/inclusiveness",
  "/frameworks/russia-gulf-concept",
  "/sources",
  "/sources/stepanova-2020#L704-L710",
  "/scenarios",
  "/data",
  "/history",
  "/import",
  "/login",
  "/criteria/viability",
];

for (const path of PAGES) {
  test(`on a phone ${path} fits the screen without sideways scrolling, and the header takes one line`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
    expect(await overflowOf(page), path).toBeLessThanOrEqual(0);
    // One line: the site's name and the Menu button side by side, no taller than a line of text and its padding.
    const brand = await page.getByRole("link", { name: /Gulf Security Comparator/ }).boundingBox();
    const menu = await page.getByRole("button", { name: "Menu" }).boundingBox();
    expect(Math.abs(brand!.y + brand!.height / 2 - (menu!.y + menu!.height / 2)), path).toBeLessThan(8);
    expect((await page.locator(".site-header").boundingBox())!.height, path).toBeLessThan(64);
  });
}

test("on a phone the menu opens the navigation and a link closes it", async ({ page }) => {
  await page.goto("/");
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav).toBeHidden();
  await page.getByRole("button", { name: "Menu" }).click();
  await expect(page.getByRole("button", { name: "Menu" })).toHaveAttribute("aria-expanded", "true");
  await nav.getByRole("link", { name: "Compare" }).click();
  await expect(page).toHaveURL(/\/compare/);
  await expect(nav).toBeHidden();
});

test("on a phone the ranking stays in view as a compact bar down to the last slider, and expands", async ({ page }) => {
  await page.goto("/compare");
  const last = page.getByRole("slider", { name: "Breadth of international support" });
  await last.scrollIntoViewIfNeeded();
  await expect(last).toBeInViewport();
  const bar = page.getByTestId("live-leader");
  await expect(bar).toBeInViewport({ ratio: 1 });
  await expect(bar).toContainText(/Russian concept leads by 0\.\d+ · no rank changes from Equal weights/);
  const list = page.getByRole("list", { name: "Frameworks ranked now, best first" });
  await expect(list).toBeHidden();
  await page.getByRole("button", { name: "Show the ranking" }).click();
  await expect(list).toBeVisible();
  await expect(list.locator("li")).toHaveCount(5);
  // A weight moved from the bar's own view: the bar counts the rank changes.
  await page.getByRole("button", { name: "Hide the ranking" }).click();
  await page.getByRole("spinbutton", { name: "Breadth of international support weight" }).fill("0");
  await expect(bar).toBeInViewport({ ratio: 1 });
});

test("on a phone a weight's control focused going back up the sliders is not hidden under the ranking bar", async ({ page }) => {
  await page.goto("/compare");
  await expect(page.getByTestId("live-leader")).toBeVisible();
  await page.locator("#weights input.weight__number").last().focus();
  // Shift+Tab scrolls each control into view at the top of the screen, where the bar sticks.
  const covered: string[] = [];
  let stops = 0;
  for (; stops < 120; stops++) {
    await page.keyboard.press("Shift+Tab");
    const focus = await page.evaluate(() => {
      const focused = document.activeElement!;
      const box = focused.getBoundingClientRect();
      const bar = document.querySelector(".live-ranking")!.getBoundingClientRect();
      const name = focused.getAttribute("aria-label") || focused.id || focused.textContent;
      return {
        inWeights: focused.closest("#weights") !== null,
        name,
        covered: box.top < bar.bottom && box.bottom > bar.top && box.left < bar.right && box.right > bar.left,
      };
    });
    if (!focus.inWeights) break;
    if (focus.covered) covered.push(`${stops}: ${focus.name}`);
  }
  expect(stops).toBe(120);
  expect(covered).toEqual([]);
});

// The translated pages fit too, and the header keeps the name, the language switcher and the
// Menu button on one line: right to left, and in Russian, whose longer words widen rows that
// fit in English (the compare page's framework picker, a framework's groups of roles).
const TRANSLATED: Array<[path: string, dir: "rtl" | "ltr"]> = [
  ["/ar", "rtl"],
  ["/ar/compare", "rtl"],
  ["/ar/frameworks/russia-gulf-concept", "rtl"],
  ["/fa", "rtl"],
  ["/fa/compare", "rtl"],
  ["/ru", "ltr"],
  ["/ru/compare", "ltr"],
  ["/ru/frameworks/imsi", "ltr"],
];
for (const [path, dir] of TRANSLATED) {
  test(`on a phone ${path} fits the screen (${dir}), the header on one line`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
    expect(await page.locator("html").getAttribute("dir")).toBe(dir);
    // Right to left, content that overflows runs off the left edge, where scrollWidth counts it too.
    expect(await overflowOf(page), path).toBeLessThanOrEqual(0);
    const header = page.locator(".site-header");
    const parts = [header.locator(".brand"), header.locator(".language-switcher summary"), header.locator(".site-nav__toggle")];
    // Measured once drawn: boundingBox() is null for a part not yet visible (a flaky run in a fresh clone).
    for (const part of parts) await expect(part).toBeVisible();
    const boxes = await Promise.all(parts.map((l) => l.boundingBox()));
    const middles = boxes.map((b) => b!.y + b!.height / 2);
    expect(Math.max(...middles) - Math.min(...middles), path).toBeLessThan(8);
    expect((await header.boundingBox())!.height, path).toBeLessThan(64);
  });
}

/** The texts of a figure's charts that run past their SVG's edges (a chart's SVG clips them), with how far. */
const textsOutside = (figure: Locator) =>
  figure.evaluate((element) =>
    [...element.querySelectorAll("svg.recharts-surface, svg.chart-surface")].flatMap((svg) => {
      const edge = svg.getBoundingClientRect();
      return [...svg.querySelectorAll("text")].flatMap((text) => {
        const box = text.getBoundingClientRect();
        const past = Math.max(edge.left - box.left, box.right - edge.right, edge.top - box.top, box.bottom - edge.bottom);
        return box.width > 0 && past > 1 ? [`"${text.textContent}" by ${Math.round(past)} px`] : [];
      });
    }),
  );

// On a phone a chart's words stay inside it in every language: the radar's category names, the
// axes' titles (centred under a plot that the bars' names push right), the names of the points.
const CHARTS: Array<[path: string, figures: string[]]> = [
  ["/frameworks/hope", ["profiles"]],
  ["/compare", ["contributions", "tornado", "sweep"]],
  ["/compare?method=promethee2", ["flows"]],
];
for (const lang of ["en", "ar", "fa", "ru"]) {
  for (const [path, figures] of CHARTS) {
    test(`on a phone /${lang}${path}: the texts of ${figures.join(", ")} lie inside their charts`, async ({ page }) => {
      await page.goto(`/${lang}${path}`);
      for (const id of figures) {
        const figure = page.locator(`figure:has(#${id}-title)`);
        // Drawn once near the screen, and drawn again once its width is measured.
        await figure.scrollIntoViewIfNeeded();
        await expect(figure.locator("svg text").first()).toBeAttached();
        await expect.poll(() => textsOutside(figure), { message: `${lang}${path} ${id}` }).toEqual([]);
      }
    });
  }
}
