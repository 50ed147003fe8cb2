import { expect, test, type Page } from "./support/warm-context";
import { wcagViolations } from "./support/axe";
import { startSyntheticServer } from "./support/synthetic-server";

const rankingOrder = (page: Page) =>
  page
    .getByRole("list", { name: "Frameworks ranked, best first" })
    .locator("li")
    .evaluateAll((items) => items.map((li) => li.getAttribute("data-slug")));

test("a preset and a keyboard-moved slider change the ranking, and the link keeps the view", async ({ page, browser }) => {
  await page.goto("/compare");
  await expect(page.getByRole("heading", { level: 1, name: "Compare and weight" })).toBeVisible();
  await expect.poll(() => rankingOrder(page)).toEqual(["russia-gulf-concept", "hope", "gcc-centric", "arab-nato", "imsi"]);

  await page.getByLabel("Perspective").selectOption("us-gulf-deterrence");
  await expect(page).toHaveURL(/preset=us-gulf-deterrence/);
  await expect(page.getByText(/Deterring Iran with the Arab Gulf states/)).toBeVisible();
  await expect.poll(() => rankingOrder(page)).toEqual(["arab-nato", "russia-gulf-concept", "gcc-centric", "imsi", "hope"]);

  await expect(page.getByRole("button", { name: "Reset to US–Gulf deterrence" })).toBeDisabled();
  // Keyboard alone: Tab from the equal-weights button past the preset's value functions and the pairwise questionnaire's link to the first category slider, then Page Down.
  await page.getByRole("button", { name: "Equal weights" }).focus();
  await page.keyboard.press("Tab");
  await expect(page.getByTestId("preset-value-functions").locator("summary")).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Weigh by comparing criteria in pairs (AHP)" })).toBeFocused();
  await page.keyboard.press("Tab");
  const membership = page.getByRole("slider", { name: "Membership & inclusiveness (category)" });
  await expect(membership).toBeFocused();
  await expect(membership).toHaveValue("70");
  // Page Down moves a tenth of the scale. At 60 the IMSI passes the GCC-centric system (0.598 vs 0.587); at 50 the Russian concept too (0.608 vs 0.595).
  await page.keyboard.press("PageDown");
  await expect(membership).toHaveValue("60");
  await expect.poll(() => rankingOrder(page)).toEqual(["arab-nato", "russia-gulf-concept", "imsi", "gcc-centric", "hope"]);
  await page.keyboard.press("PageDown");
  await expect(membership).toHaveValue("50");
  await expect(page.getByRole("spinbutton", { name: "Membership & inclusiveness (category) weight" })).toHaveValue("50");
  await expect.poll(() => rankingOrder(page)).toEqual(["arab-nato", "imsi", "russia-gulf-concept", "gcc-centric", "hope"]);
  await expect(page).toHaveURL(/cw=membership(:|%3A)50/);
  // Once a weight differs from the preset, the picker and the page title say so.
  await expect(page.getByLabel("Perspective").locator("option:checked")).toHaveText("Custom (from US–Gulf deterrence)");
  await expect(page).toHaveTitle(/Custom \(from US–Gulf deterrence\)/);

  // The same link in a fresh page gives the same view.
  const url = page.url();
  const scores = await page.locator(".ranking__score").allTextContents();
  const fresh = await browser.newPage();
  await fresh.goto(url);
  await expect.poll(() => rankingOrder(fresh)).toEqual(["arab-nato", "imsi", "russia-gulf-concept", "gcc-centric", "hope"]);
  expect(await fresh.locator(".ranking__score").allTextContents()).toEqual(scores);
  await expect(fresh.getByLabel("Perspective")).toHaveValue("us-gulf-deterrence");
  await expect(fresh.getByRole("slider", { name: "Membership & inclusiveness (category)" })).toHaveValue("50");
  await fresh.close();

  // Reset goes back to the preset; the second action to equal weights.
  await page.getByRole("button", { name: "Reset to US–Gulf deterrence" }).click();
  await expect(page).not.toHaveURL(/cw=/);
  await expect(page).toHaveURL(/preset=us-gulf-deterrence/);
  await expect(page.getByLabel("Perspective").locator("option:checked")).toHaveText("US–Gulf deterrence");
  await expect(page).toHaveTitle(/Compare and weight: US–Gulf deterrence/);
  await page.getByRole("button", { name: "Equal weights" }).click();
  await expect(page).not.toHaveURL(/preset=/);
  await expect(page.getByLabel("Perspective")).toHaveValue("equal");
});

test("the back button steps through the changes", async ({ page }) => {
  await page.goto("/compare");
  await page.getByLabel("Perspective").selectOption("iranian-perspective");
  await expect(page).toHaveURL(/preset=iranian-perspective/);
  await page.getByRole("radio", { name: /TOPSIS/ }).check();
  await expect(page).toHaveURL(/method=topsis/);
  await page.goBack();
  await expect(page).not.toHaveURL(/method=topsis/);
  await expect(page.getByRole("radio", { name: /Weighted sum/ })).toBeChecked();
  await expect(page.getByLabel("Perspective")).toHaveValue("iranian-perspective");
  await page.goBack();
  await expect(page.getByLabel("Perspective")).toHaveValue("equal");
});

test("Back after a run of slider moves returns to the preset picked before them", async ({ page }) => {
  await page.goto("/compare");
  const picker = page.getByLabel("Perspective");
  await picker.selectOption("us-gulf-deterrence");
  await expect(page).toHaveURL(/preset=us-gulf-deterrence/);
  const membership = page.getByRole("slider", { name: "Membership & inclusiveness (category)" });
  await expect(membership).toHaveValue("70");
  // Two moves of one slider: a run, which takes one entry of its own after the preset's.
  await membership.focus();
  await page.keyboard.press("PageDown");
  await page.keyboard.press("PageDown");
  await expect(page).toHaveURL(/cw=membership(:|%3A)50/);
  await expect(picker.locator("option:checked")).toHaveText("Custom (from US–Gulf deterrence)");

  await page.goBack();
  await expect(page).toHaveURL(/preset=us-gulf-deterrence/);
  await expect(page).not.toHaveURL(/cw=/);
  await expect(picker.locator("option:checked")).toHaveText("US–Gulf deterrence");
  await expect(page).toHaveTitle(/Compare and weight: US–Gulf deterrence/);
  await expect(membership).toHaveValue("70");
  await page.goBack();
  await expect(picker).toHaveValue("equal");
});

test("the matrix sorts, filters, transposes, pins and opens a cell's evidence", async ({ page }) => {
  await page.goto("/compare");
  const matrix = page.getByRole("region", { name: "Comparison matrix" });
  await page.getByRole("checkbox", { name: "Group by category" }).uncheck();
  // Numbers sort best-first on the first click, then ascending.
  await matrix.getByRole("button", { name: /^Sort by IMSI/ }).click();
  await expect(page).toHaveURL(/sort=imsi(:|%3A)desc/);
  const firstImsiCell = matrix.locator("tbody tr").first().locator("td").last();
  await expect(firstImsiCell).toContainText(/^\+?2/);
  await matrix.getByRole("button", { name: /^Sort by IMSI/ }).click();
  await expect(page).toHaveURL(/sort=imsi(:|%3A)asc/);
  await expect(firstImsiCell).toContainText("\u22122");

  await page.getByLabel("Filter criteria").fill("acceptab");
  await expect(page.getByText("Showing 7 of 36 criteria.")).toBeVisible();

  await page.getByRole("checkbox", { name: "Transpose" }).check();
  await expect(matrix.getByRole("rowheader", { name: /Coalition for HOPE/ })).toBeVisible();
  await expect(matrix.locator("thead th", { hasText: "Acceptability to Iran" })).toBeVisible();
  await page.getByRole("checkbox", { name: "Transpose" }).uncheck();

  await page.getByRole("button", { name: "Pin HOPE" }).click();
  await expect(page).toHaveURL(/pin=hope/);
  await page.getByRole("button", { name: "Move GCC-centric left" }).click();
  await expect(page).toHaveURL(/fw=russia-gulf-concept(,|%2C)gcc-centric(,|%2C)hope/);

  // A cell opens its rationale and citation; the link leads to the highlighted source lines.
  await matrix.getByRole("button", { name: /^HOPE on Acceptability to Iran/ }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText(/confidence/).first()).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await matrix.getByRole("button", { name: /^HOPE on Acceptability to Iran/ }).press("Enter");
  await dialog
    .getByRole("link", { name: /stepanova-2020, lines? \d+/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/sources\/stepanova-2020#L\d+/);
  await expect(page.locator('[data-highlighted="true"]').first()).toBeInViewport();
});

test("a missing value is marked, and invalid link parameters are ignored with a notice", async ({ page }) => {
  await page.goto("/compare?method=ahp&w=escalation-risk:900,nothing:5&fw=hope,ghost,imsi&sort=zzz:asc");
  const notice = page.getByRole("status").filter({ hasText: "Some settings in this link were ignored" });
  await expect(notice).toContainText('Ignored method: "ahp"');
  await expect(notice).toContainText('"ghost" is not a known framework');
  await expect(notice).toContainText('the weight of "escalation-risk" must be a number from 0 to 100');
  await expect(page.getByRole("radio", { name: /Weighted sum/ })).toBeChecked();
  await expect.poll(() => rankingOrder(page)).toEqual(["hope", "imsi"]);
  await expect(page.getByRole("button", { name: /^HOPE on Foreign military presence in the Gulf: no value/ })).toBeVisible();
});

test("axe finds no WCAG A/AA violation on /compare, with the evidence dialog open too", async ({ page }) => {
  // Two scans of a page of several thousand elements: tens of seconds on two busy cores.
  test.setTimeout(120_000);
  await page.goto("/compare?t=true");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await wcagViolations(page)).toEqual([]);
  await page.getByRole("region", { name: "Comparison matrix" }).locator("button.cell").first().click();
  await expect(page.getByRole("dialog")).toBeVisible();
  expect(await wcagViolations(page)).toEqual([]);
});

test("a reader is offered sign-in, not a save form that would refuse them", async ({ page }) => {
  await page.goto("/compare");
  await expect(page.getByRole("link", { name: "Sign in as an editor" })).toHaveAttribute("href", "/login?next=%2Fcompare");
  await expect(page.getByText("Save this view as a scenario", { exact: true })).toHaveCount(0);
});

test.describe("a matrix of 60 frameworks x 100 criteria", () => {
  test.describe.configure({ mode: "serial" });
  let server: Awaited<ReturnType<typeof startSyntheticServer>> | undefined;
  test.beforeAll(async () => {
    test.setTimeout(240_000);
    server = await startSyntheticServer({ frameworks: 60, criteria: 100 });
  });
  test.afterAll(async () => server?.stop());

  test("draws only the cells in view, and the keyboard reaches the last cell, far down and right, and opens its evidence", async ({ page, request }) => {
    // The page carries the values, not the rationales: those come with the evidence.
    expect(await (await request.get(`${server!.url}/compare`)).text()).not.toContain("Synthetic value for load tests.");
    await page.goto(`${server!.url}/compare`);
    const matrix = page.getByRole("region", { name: "Comparison matrix" });
    const first = matrix.getByRole("button", { name: /^F1 on Criterion 1:/ });
    await expect(first).toBeVisible();
    expect(await matrix.locator("button.cell").count()).toBeLessThan((60 * 100) / 4);
    // Grouped by category, the last row is the last criterion of category 8; the last column is F60.
    const last = matrix.getByRole("button", { name: /^F60 on Criterion 96:/ });
    await expect(last).toHaveCount(0);

    await first.focus();
    await page.keyboard.press("Control+End");
    await expect(last).toBeFocused();
    await expect(last).toBeInViewport();
    await expect(first).toHaveCount(0);
    // Its neighbours, by arrows and by Tab, which walks on as if the whole matrix were drawn.
    await page.keyboard.press("ArrowLeft");
    await expect(matrix.getByRole("button", { name: /^F59 on Criterion 96:/ })).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(last).toBeFocused();
    await page.keyboard.press("Home");
    await expect(matrix.getByRole("button", { name: /^F1 on Criterion 96:/ })).toBeFocused();
    await page.keyboard.press("Shift+Tab");
    await expect(matrix.getByRole("button", { name: /^F60 on Criterion 88:/ })).toBeFocused();

    await page.keyboard.press("Control+End");
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "F60: Criterion 96" });
    await expect(dialog.getByText("Synthetic value for load tests.")).toBeVisible();
    await expect(dialog.getByRole("link", { name: /stepanova-2020, lines 862/ })).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(last).toBeFocused();
  });

  test("the ranking shows its first 25 places until asked for all 60", async ({ page }) => {
    await page.goto(`${server!.url}/compare`);
    // The view lives in the URL: no control asks the browser to keep its state in the history
    // entry, which Chrome copies on every URL write (components/weights/weight-slider.tsx).
    await expect(page.getByRole("slider", { name: "Criterion 1", exact: true })).toBeVisible();
    const remembered = await page.evaluate(() =>
      [...document.querySelectorAll("input, select, textarea")].filter((c) => c.getAttribute("autocomplete") !== "off").map((c) => c.outerHTML.slice(0, 80)),
    );
    expect(remembered).toEqual([]);
    const ranking = page.getByRole("list", { name: "Frameworks ranked, best first" }).locator("li");
    const panel = page.locator("#ranking");
    await expect(ranking).toHaveCount(25);
    await panel.getByRole("button", { name: "Show all 60" }).click();
    await expect(ranking).toHaveCount(60);
    await panel.getByRole("button", { name: "Show the first 25 only" }).click();
    await expect(ranking).toHaveCount(25);
  });

  test("the perspectives show the first 25 frameworks and every one that leads somewhere, until asked for all 60", async ({ page }) => {
    await page.goto(`${server!.url}/compare`);
    const panel = page.getByRole("region", { name: "Ranks under every preset and method" });
    const rows = panel.locator("tbody tr");
    await expect(rows.first()).toBeVisible();
    expect(await rows.count()).toBeLessThan(60);
    await panel.getByRole("button", { name: "Show all 60" }).click();
    await expect(rows).toHaveCount(60);
    const all = await rows.evaluateAll((trs) =>
      trs.map((tr) => ({ name: tr.querySelector("th")?.textContent, leads: Boolean(tr.querySelector(".perspectives__rank--first")) })),
    );
    // Folded: the first 25 and, wherever it ranks now, a framework that leads under some perspective.
    const expected = all.filter((row, i) => i < 25 || row.leads).map((row) => row.name);
    await panel.getByRole("button", { name: "Show the first 25 only" }).click();
    await expect(rows.locator("th")).toHaveText(expected as string[]);
  });

  test("the keyboard sorts by a column out of view, and the transposed matrix scrolls to its last cell too", async ({ page }) => {
    await page.goto(`${server!.url}/compare`);
    const matrix = page.getByRole("region", { name: "Comparison matrix" });
    await matrix.getByRole("button", { name: /^F1 on Criterion 1:/ }).focus();
    await page.keyboard.press("Control+Home");
    await expect(matrix.getByRole("button", { name: /^Sort by F1$/ })).toBeFocused();
    await page.keyboard.press("End");
    await expect(matrix.getByRole("button", { name: /^Sort by F60$/ })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/sort=framework-60(:|%3A)desc/);
    await expect(matrix.getByRole("button", { name: /^Sort by F60, now descending/ })).toBeFocused();

    await page.getByRole("checkbox", { name: "Transpose" }).check();
    await expect(matrix.getByRole("rowheader", { name: /^Synthetic framework 1\b/ })).toBeVisible();
    await matrix.getByRole("button", { name: /^F1 on Criterion 1:/ }).focus();
    // Criteria come in category order, so the last column is category 8's last criterion.
    await page.keyboard.press("Control+End");
    await expect(matrix.getByRole("button", { name: /^F60 on Criterion 96:/ })).toBeFocused();
    await expect(matrix.getByRole("button", { name: /^F60 on Criterion 96:/ })).toBeInViewport();
  });
});
