import { type BrowserContext, test as base, expect } from "@playwright/test";
import { reportCspViolations, watchCspViolations } from "./csp-violations";

/**
 * The read-only tests' browser context, one per worker instead of one per test: its HTTP cache
 * keeps the app's scripts and the code compiled from them, so a test's first page costs what a
 * reader's second page does (about a second less of two shared cores, per test). Each test
 * still starts without cookies or permissions and with pages of its own; a test that needs a
 * context of its own (downloads in a fresh browser, a second user) asks `browser` for one.
 *
 * Every page a test opens in it is watched for CSP violations, and the test fails on one: the
 * policy is checked on the pages and states the tests reach, rendered or replayed (a context a
 * test makes itself, for a second user, is not watched).
 */
export const test = base.extend<object, { warmContext: BrowserContext }>({
  warmContext: [
    async ({ browser }, use, workerInfo) => {
      const { viewport, userAgent, deviceScaleFactor, isMobile, hasTouch, baseURL, locale } = workerInfo.project.use;
      const context = await browser.newContext({ viewport, userAgent, deviceScaleFactor, isMobile, hasTouch, baseURL, locale });
      await reportCspViolations(context);
      await use(context);
      await context.close();
    },
    { scope: "worker" },
  ],
  context: async ({ warmContext }, use) => {
    await warmContext.clearCookies();
    await warmContext.clearPermissions();
    const csp = watchCspViolations(warmContext);
    await use(warmContext);
    csp.stop();
    await Promise.all(warmContext.pages().map((p) => p.close()));
    expect(csp.violations, "Content Security Policy violations").toEqual([]);
  },
  // The context is made with the project's viewport (a Pixel 7's is 412 px wide): a file's own
  // `test.use({ viewport })` reaches the page only through this.
  page: async ({ page, viewport }, use) => {
    const size = page.viewportSize();
    if (viewport && (size?.width !== viewport.width || size?.height !== viewport.height)) await page.setViewportSize(viewport);
    await use(page);
  },
});

export { expect } from "@playwright/test";
export type { APIResponse, Locator, Page } from "@playwright/test";
