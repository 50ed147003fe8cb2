import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

/** The WCAG 2.1 A and AA violations axe finds on the page, one line each (empty when it passes). */
export async function wcagViolations(page: Page, { openDisclosures = false } = {}): Promise<string[]> {
  // Opening every disclosure scans the evidence inside too; setting `open` is one round trip where
  // clicking each summary was one per disclosure (a framework page has about a hundred).
  if (openDisclosures) await page.evaluate(() => document.querySelectorAll("details").forEach((d) => d.setAttribute("open", "")));
  // Legacy mode runs axe in the page in one call. The default mode carries every frame's partial
  // results (3 MB on /compare) to a blank page to finish there: 14 s of a 16 s scan, for pages
  // that have no frames. Only the violations keep their nodes; the passes are not read.
  // `options` replaces the run options, so it comes before `withTags`, which adds to them.
  const results = await new AxeBuilder({ page })
    .options({ resultTypes: ["violations"] })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .setLegacyMode(true)
    .analyze();
  return results.violations.map((v) => `${v.impact}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(" ")}`);
}
