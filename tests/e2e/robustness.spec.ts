import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "./support/warm-context";
import { wcagViolations } from "./support/axe";
import { startSyntheticServer } from "./support/synthetic-server";

const panel = (page: Page) => page.getByRole("region", { name: "Robustness" });

/** The rank acceptability table, opened: one row of texts per framework. */
async function acceptabilityTable(page: Page): Promise<string[][]> {
  const figure = panel(page).getByRole("figure", { name: "How often each framework takes each place" });
  const details = figure.locator("details.chart__table");
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await figure.getByText("Show as table").click();
  const rows = figure.locator("table tbody tr");
  await expect(rows.first()).toBeVisible();
  return rows.evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent ?? "")));
}

async function downloadedJson(page: Page, button: string): Promise<unknown> {
  const [download] = await Promise.all([page.waitForEvent("download"), panel(page).getByRole("button", { name: button }).click()]);
  return JSON.parse(await readFile((await download.path())!, "utf8"));
}

test("a run shows its progress, then the chart, its table and the central weights; the server gives the same numbers, and so does the link", async ({
  page,
  browser,
}) => {
  // Two runs of 100,000 samples in the browser and one on the server, on two shared cores.
  // The worker is a script the policy must allow: the context's watch fails the test on a CSP violation (support/warm-context.ts).
  test.setTimeout(180_000);
  await page.goto("/compare?preset=us-gulf-deterrence&robust=ordinal");
  const robustness = panel(page);
  await expect(robustness.getByRole("radio", { name: /Only the order of the current weights/ })).toBeChecked();
  await robustness.getByLabel("Samples").fill("100000");
  await robustness.getByLabel("Seed").fill("");
  // The run may take a fraction of a second on an idle machine: the page notes the progress bar whenever it appears.
  await page.evaluate(() => {
    const w = window as unknown as { progressSeen: string[] };
    w.progressSeen = [];
    new MutationObserver(() => {
      const bar = document.querySelector("#robustness progress");
      if (bar) w.progressSeen.push(bar.parentElement?.textContent ?? "");
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await robustness.getByRole("button", { name: "Run robustness analysis" }).click();

  const summary = robustness.getByTestId("robustness-summary");
  await expect(summary).toContainText(/^100,000 samples, seed \d+, in \d+ ms in your browser \([\d,]+ samples\/s\)\.$/, { timeout: 45_000 });
  await expect(robustness.getByRole("progressbar")).toHaveCount(0);
  const seen = (await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen)) as string[];
  expect(seen.length).toBeGreaterThan(0);
  expect(seen[0]).toMatch(/of 100,000 samples…/);
  // The seed drawn for the run is in the link, beside the model and the samples.
  const seed = /seed (\d+)/.exec((await summary.textContent()) ?? "")![1]!;
  await expect(page).toHaveURL(new RegExp(`seed=${seed}`));
  await expect(page).toHaveURL(/samples=100000/);

  const table = await acceptabilityTable(page);
  expect(table).toHaveLength(5);
  // Each row's shares of places sum to 100%.
  for (const row of table) expect(Math.abs(row.slice(1, 6).reduce((s, cell) => s + Number.parseFloat(cell), 0) - 100)).toBeLessThan(0.3);

  // POST /api/robustness with the request the panel ran gives the worker's numbers exactly.
  const request = (await downloadedJson(page, "Request (JSON)")) as { criteria: unknown[] };
  const result = await downloadedJson(page, "Result (JSON)");
  expect(request).toMatchObject({ method: "wsm", weightModel: "ordinal", samples: 100_000, seed: Number(seed) });
  // The criteria this perspective weighs (it sets some to 0, which stay out), each with its central weight.
  expect(request.criteria.length).toBeLessThan(36);
  await expect(robustness.getByRole("heading", { name: "Central weights: what it takes to come first" })).toBeVisible();
  await expect(robustness.getByRole("table", { name: "Central weights: what it takes to come first" }).locator("tbody tr")).toHaveCount(
    request.criteria.length,
  );
  const response = await page.request.post("/api/robustness", { data: request });
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual(result);

  // The link, opened afresh, runs again and shows the same numbers.
  const fresh = await browser.newPage();
  await fresh.goto(page.url());
  await expect(panel(fresh).getByTestId("robustness-summary")).toContainText(`100,000 samples, seed ${seed}`, { timeout: 45_000 });
  expect(await acceptabilityTable(fresh)).toEqual(table);
  await fresh.close();

  // Another weight makes the result out of date until it runs again.
  await page.getByRole("slider", { name: "Viability as the paper judges it", exact: true }).focus();
  await page.keyboard.press("Home");
  // The panel takes new weights once it is on screen again (components/charts/in-own-task.tsx).
  await summary.scrollIntoViewIfNeeded();
  await expect(summary).toContainText("The view or the settings have changed since");
});

test("the panel passes axe with a result on screen", async ({ page }) => {
  // An axe scan of the whole of /compare takes tens of seconds on two busy cores.
  test.setTimeout(120_000);
  await page.goto("/compare?method=topsis&robust=simplex&samples=2000&seed=12345");
  const robustness = panel(page);
  await expect(robustness.getByTestId("robustness-summary")).toContainText("2,000 samples, seed 12345", { timeout: 30_000 });
  await robustness.getByText("Show as table").click();
  expect(await wcagViolations(page)).toEqual([]);
});

test("a seed or a sample count the panel cannot take is said beside its field, in the page's language, and nothing runs", async ({ page }) => {
  await page.goto("/compare");
  const robustness = panel(page);
  const seed = robustness.getByLabel("Seed");
  const run = robustness.getByRole("button", { name: "Run robustness analysis" });
  for (const typed of ["abc", "4294967296"]) {
    await seed.fill(typed);
    await run.click();
    await expect(seed).toHaveAccessibleDescription(/must be a whole number from 0 to 4294967295$/);
    await expect(seed).toBeFocused();
  }
  await robustness.getByLabel("Samples").fill("50");
  await run.click();
  await expect(robustness.getByLabel("Samples")).toHaveAccessibleDescription(/must be a whole number from 100 to 200000$/);
  await expect(robustness.getByTestId("robustness-summary")).toHaveCount(0);
  expect(new URL(page.url()).searchParams.get("seed")).toBeNull();

  // Corrected, the run goes ahead with the seed typed, and the errors are gone.
  await seed.fill("7");
  await robustness.getByLabel("Samples").fill("100");
  await run.click();
  await expect(robustness.getByTestId("robustness-summary")).toContainText("100 samples, seed 7,", { timeout: 30_000 });
  await expect(seed).not.toHaveAccessibleDescription(/must be/);

  await page.goto("/ar/compare");
  const arabic = page.getByRole("region", { name: "المتانة" });
  await arabic.getByLabel("البذرة").fill("abc");
  await arabic.getByRole("button", { name: "شغِّل تحليل المتانة" }).click();
  await expect(page.locator("#robust-seed-error")).toHaveText(/^يجب أن يكون عددًا صحيحًا من .+ إلى .+$/);
});

test.describe("on 200 frameworks x 100 criteria", () => {
  test.describe.configure({ mode: "serial" });
  let server: Awaited<ReturnType<typeof startSyntheticServer>> | undefined;
  test.beforeAll(async () => {
    test.setTimeout(240_000);
    // Its own port: compare.spec.ts's large matrix may be served at the same time on the default one.
    server = await startSyntheticServer({ frameworks: 200, criteria: 100 }, { portOffset: 501 });
  });
  test.afterAll(async () => server?.stop());

  test("a long run reports progress and can be cancelled; the next run takes a fresh worker", async ({ page }) => {
    test.setTimeout(120_000);
    // 200,000 samples of 200 x 100: seconds of work. A link with a seed runs on opening.
    await page.goto(`${server!.url}/compare?robust=simplex&samples=200000&seed=99`);
    const robustness = panel(page);
    const progress = robustness.getByRole("progressbar", { name: "Samples drawn" });
    await expect(progress).toBeVisible({ timeout: 30_000 });
    await expect.poll(async () => Number(await progress.getAttribute("value")), { timeout: 30_000 }).toBeGreaterThan(0);
    await robustness.getByRole("button", { name: "Cancel" }).click();
    await expect(robustness.getByRole("status")).toContainText(/Cancelled after [\d,]+ samples: nothing to show\./);
    await expect(robustness.getByRole("button", { name: "Cancel" })).toHaveCount(0);
    // Nothing arrives later from the cancelled run.
    await page.waitForTimeout(1_000);
    await expect(robustness.getByTestId("robustness-summary")).toHaveCount(0);
    await expect(robustness.getByRole("figure")).toHaveCount(0);

    await robustness.getByLabel("Samples").fill("1000");
    await robustness.getByRole("button", { name: "Run robustness analysis" }).click();
    await expect(robustness.getByTestId("robustness-summary")).toContainText("1,000 samples, seed 99", { timeout: 30_000 });
    // 200 frameworks: the chart draws the 25 most often first, the table lists every one in 8 bands of places.
    await expect(robustness.getByRole("figure", { name: "How often each framework takes each place" })).toContainText("The 25 most often first are drawn");
    const table = await acceptabilityTable(page);
    expect(table).toHaveLength(200);
    expect(table[0]).toHaveLength(1 + 8 + 1);
  });
});
