import fs from "node:fs";
import { expect, test, type Locator, type Page } from "./support/warm-context";

/** Downloads a figure's SVG and returns its text. */
async function svgOf(page: Page, figure: Locator): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent("download"), figure.getByRole("button", { name: /as SVG$/ }).click()]);
  return fs.readFileSync((await download.path())!, "utf8");
}

/** The text a reader sees in an SVG document (entities decoded). */
const textOf = (svg: string) =>
  [...svg.matchAll(/<text[^>]*>([\s\S]*?)<\/text>/g)]
    .map((m) =>
      m[1]!
        .replace(/<[^>]+>/g, "")
        .replace(/&amp;/g, "&")
        .replace(/&apos;|&#39;/g, "'")
        .replace(/&quot;/g, '"'),
    )
    .join("\n");

test("chart downloads stand alone: title, legend, panel and axis titles, the source and the view's link", async ({ page }) => {
  await page.goto("/compare?preset=us-gulf-deterrence&w=viability:7");
  const contributions = page.getByRole("figure", { name: "What each criterion contributes" });
  await expect(contributions.locator("svg.recharts-surface")).toBeVisible();
  const svg = textOf(await svgOf(page, contributions));
  expect(svg).toContain("What each criterion contributes");
  for (const category of ["Membership & inclusiveness", "Feasibility & support"]) expect(svg).toContain(category);
  expect(svg).toContain("Score: sum of weight × normalised value");
  expect(svg).toMatch(/Source: Ekaterina Stepanova, “Russia's Foreign and Security Policy/);
  expect(svg).toMatch(/View: http:\/\/[^/]+\/compare\?preset=us-gulf-deterrence/);

  const tornado = page.getByRole("figure", { name: /How much each weight matters/ });
  const tornadoSvg = textOf(await svgOf(page, tornado));
  expect(tornadoSvg).toMatch(/margin over the runner-up/);
  expect(tornadoSvg).toContain("Source:");

  await page.goto("/inclusiveness");
  const scatter = page.getByRole("figure", { name: "Inclusive region or exclusive bloc?" });
  // Drawn in the browser: until then the page is not hydrated and its download button does nothing (a fresh-clone run waited 60 s).
  await expect(scatter.locator("svg.recharts-surface")).toBeVisible();
  const scatterSvg = textOf(await svgOf(page, scatter));
  for (const text of ["Inclusive region or exclusive bloc?", "Littoral states inside", "World powers engaged", "exclusive bloc", "Source:", "View: "])
    expect(scatterSvg).toContain(text);
  const acceptability = page.getByRole("figure", { name: "How acceptable is each framework to whom?" });
  const accSvg = textOf(await svgOf(page, acceptability));
  // Each panel under its title, and the legend.
  for (const text of ["How acceptable is each framework to whom?", "Iran", "Saudi Arabia", "rejects it (−1, −2)", "Source:"]) expect(accSvg).toContain(text);
  const roles = page.getByRole("figure", { name: "Who is in, who observes, who is left out or targeted" });
  const rolesSvg = textOf(await svgOf(page, roles));
  expect(rolesSvg.match(/Who is in, who observes, who is left out or targeted/g)).toHaveLength(1);
  expect(rolesSvg).toContain("★ Leader");
});

test("the scatter's axis titles lie inside the drawn chart, not clipped at its edge", async ({ page }) => {
  await page.goto("/inclusiveness");
  const scatter = page.getByRole("figure", { name: "Inclusive region or exclusive bloc?" });
  const surface = scatter.locator("svg.recharts-surface");
  await expect(surface).toBeVisible();
  const box = (await surface.boundingBox())!;
  for (const title of ["Littoral states inside", "World powers engaged"]) {
    const label = (await scatter.locator("svg.recharts-surface text", { hasText: title }).boundingBox())!;
    expect(label.x).toBeGreaterThanOrEqual(box.x);
    expect(label.y).toBeGreaterThanOrEqual(box.y);
    expect(label.x + label.width).toBeLessThanOrEqual(box.x + box.width);
    expect(label.y + label.height).toBeLessThanOrEqual(box.y + box.height);
  }
});
