import { expect, type Page } from "@playwright/test";

/** The marker a missing message renders as (lib/i18n/missing-message.ts). */
export const MISSING = "⟦missing";

/** No missing message on the page: neither in its text nor in an aria-label, title or placeholder. */
export async function expectNoMissingMessage(page: Page) {
  expect(await page.locator("body").textContent()).not.toContain(MISSING);
  const attributes = await page.evaluate(() =>
    [...document.querySelectorAll("[aria-label],[title],[placeholder]")].flatMap((e) =>
      ["aria-label", "title", "placeholder"].map((a) => e.getAttribute(a) ?? ""),
    ),
  );
  expect(attributes.filter((a) => a.includes("⟦missing"))).toEqual([]);
}
