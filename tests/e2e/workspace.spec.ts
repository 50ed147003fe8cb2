import { expect, test } from "./support/warm-context";

test("the ranking stays in view beside the weights down to the last slider", async ({ page }) => {
  await page.goto("/compare");
  const last = page.getByRole("slider", { name: "Breadth of international support" });
  await last.scrollIntoViewIfNeeded();
  await expect(last).toBeInViewport();
  const bar = page.getByTestId("live-leader");
  await expect(bar).toBeInViewport({ ratio: 1 });
  await expect(bar).toContainText("Russian concept leads by");
  await expect(page.getByRole("list", { name: "Frameworks ranked now, best first" })).toBeInViewport();
  // The slider moves, the ranking beside it answers.
  await last.focus();
  await page.keyboard.press("End");
  await expect(page.getByRole("spinbutton", { name: "Breadth of international support weight" })).toHaveValue("100");
  await expect(bar).toBeInViewport({ ratio: 1 });
});

test("each slider says where the lead changes hands, in its own units, and who takes it; the sweep chart follows the slider", async ({ page }) => {
  await page.goto("/compare?preset=us-gulf-deterrence&method=topsis");
  const unity = page.locator('[data-weight="criterion-arab-gulf-unity-required"]');
  await expect(unity).toContainText("Below 26.3, MESA takes the lead.");
  await expect(unity).toContainText("not reachable with this slider alone");
  // A category has flip points too.
  await expect(page.locator('[data-weight="category-membership"]')).toContainText(/takes the lead|not reachable with this slider alone|No position/);
  await page.getByRole("slider", { name: "Presupposes Arab Gulf unity" }).focus();
  await page.keyboard.press("ArrowLeft");
  await expect(page.getByRole("heading", { name: "Score against the weight of Presupposes Arab Gulf unity" })).toBeVisible();
  await expect(page.locator("#sweep-reading")).toContainText(/the lead changes hands at 26\.3 \(IMSI\)/);
  // Past the flip the ranking follows what the note said.
  await page.getByRole("spinbutton", { name: "Presupposes Arab Gulf unity weight" }).fill("26");
  await expect(page.getByTestId("live-leader")).toContainText("MESA leads");
});

test("a slider far off screen takes a weight change's shares and flips when it comes near, and then says what a fresh load says", async ({ page }) => {
  await page.goto("/compare");
  const far = page.locator('[data-weight="criterion-international-support"]');
  const read = async () => ({ note: await far.locator(".weight__flip").textContent(), share: await far.locator(".weight__share").textContent() });
  const before = await read();
  // The first criterion's slider, at the top of the panel: the last one is thousands of pixels below.
  await page.locator('[data-weight^="criterion-"] input[type="range"]').first().focus();
  await page.keyboard.press("End");
  await expect(page).toHaveURL(/[?&]w=/);
  await expect(far).not.toBeInViewport();
  // Nobody sees it, so it has not re-rendered: what it said before the change.
  expect(await read()).toEqual(before);
  await far.scrollIntoViewIfNeeded();
  await expect.poll(read).not.toEqual(before);
  const caughtUp = await read();
  await page.goto(page.url());
  expect(await read()).toEqual(caughtUp);
});

test("perspectives show each framework's rank under every preset and every method and policy", async ({ page }) => {
  await page.goto("/compare?preset=us-gulf-deterrence");
  const panel = page.getByRole("region", { name: "Ranks under every preset and method" });
  await expect(panel.getByRole("heading", { name: "Perspectives" })).toBeVisible();
  await expect(panel).toContainText(/The lead depends on the perspective: Russian concept leads in \d+ of 15/);
  const row = panel.getByRole("row", { name: /^IMSI/ });
  const headers = await panel.locator("thead tr").nth(1).locator("th").allTextContents();
  const cells = await row.locator("td").allTextContents();
  // Under US–Gulf deterrence, TOPSIS with the mean policy puts the IMSI first; the weighted sum does not.
  expect(cells[headers.findIndex((h) => h.startsWith("TOPSIS, missing = mean"))]).toBe("1");
  expect(cells[headers.findIndex((h) => h.startsWith("Weighted sum, missing = mean"))]).not.toBe("1");
});

test("quick weighting: only these criteria, a lock that holds, and sliders inactive while their category is at 0", async ({ page }) => {
  await page.goto("/compare?cw=membership:0");
  await expect(page.locator('[data-weight="criterion-inclusion-all-littoral"]')).toContainText(
    "Inactive: Membership & inclusiveness is weighted 0, so this criterion counts for nothing until the category is raised.",
  );
  await page.getByRole("button", { name: "Lock Viability as the paper judges it" }).click();
  await expect(page).toHaveURL(/lock=viability/);
  await page.getByText("Weight only some criteria").click();
  await page.getByRole("checkbox", { name: "Acceptability to Iran" }).check();
  await page.getByRole("checkbox", { name: "Inclusion of all eight littoral states" }).check();
  await page.getByRole("button", { name: /Weight only these 2/ }).click();
  await expect(page.getByRole("spinbutton", { name: "Escalation risk weight" })).toHaveValue("0");
  await expect(page.getByRole("spinbutton", { name: "Acceptability to Iran weight" })).toHaveValue("50");
  // Locked: left as it was, and its slider held still.
  await expect(page.getByRole("spinbutton", { name: "Viability as the paper judges it weight" })).toHaveValue("50");
  await expect(page.getByRole("slider", { name: "Viability as the paper judges it" })).toBeDisabled();
  // A chosen criterion's category at 0 comes back, so it counts.
  await expect(page.getByRole("slider", { name: "Membership & inclusiveness (category)" })).toHaveValue("50");
  // Reset keeps the locked weight too.
  await page.getByRole("button", { name: "Reset to Equal weights" }).click();
  await expect(page.getByRole("spinbutton", { name: "Escalation risk weight" })).toHaveValue("50");
});

test("an analyst's own value is marked in the matrix, the ranking, the CSV and the JSON view, and never reaches the data", async ({ page }) => {
  await page.goto("/compare");
  const panel = page.getByRole("region", { name: "Your own values" });
  await panel.getByLabel("Framework").selectOption("hope");
  await panel.getByLabel("Criterion where the source is silent").selectOption("foreign-military-presence");
  await panel.getByLabel(/Your value/).fill("9");
  await expect(panel.getByRole("button", { name: "Assume this value" })).toBeDisabled();
  await panel.getByLabel(/Your value/).fill("2");
  await panel.getByRole("button", { name: "Assume this value" }).click();
  await expect(page).toHaveURL(/assume=hope\.foreign-military-presence(:|%3A)2/);

  const cell = page.getByRole("region", { name: "Comparison matrix" }).getByRole("button", { name: /^HOPE on Foreign military presence in the Gulf:/ });
  await expect(cell).toHaveAccessibleName(/the source is silent; your assumption \+2, for this view only/);
  await expect(cell).toContainText("assumed");
  await expect(page.getByRole("list", { name: "Frameworks ranked, best first" }).locator('li[data-slug="hope"]')).toContainText("your values");
  await expect(page.getByTestId("live-leader")).toContainText("rests on 1 of your own values");

  const csvHref = await page.getByRole("link", { name: "CSV" }).getAttribute("href");
  const csv = await (await page.request.get(csvHref!)).text();
  const row = csv.split("\r\n").find((line) => line.startsWith("Foreign military presence in the Gulf,"))!;
  expect(row).toContain("2 (your assumption)");
  const settings = csv.split("\r\n").find((line) => line.startsWith("Your own values,"))!;
  expect(settings).toContain(
    "1 value assumed by the analyst where the source is silent, for this view only (not in the data): HOPE on Foreign military presence in the Gulf = 2",
  );
  const view = await (await page.request.get(csvHref!.replace("format=csv", "format=view"))).json();
  expect(view.assumptions ?? view.view?.assumptions).toEqual([{ framework: "hope", criterion: "foreign-military-presence", value: 2 }]);

  const hope = await (await page.request.get("/api/frameworks/hope")).json();
  const assessments = hope.assessments ?? hope.framework?.assessments;
  expect(assessments.find((a: { criterion: string }) => a.criterion === "foreign-military-presence")?.value ?? null).toBeNull();

  await panel.getByRole("button", { name: "Remove your value for HOPE on Foreign military presence in the Gulf" }).click();
  await expect(page).not.toHaveURL(/assume=/);
  await expect(cell).toHaveAccessibleName(/no value, the source is silent/);
});

test("skip links reach the weights, the ranking and the matrix in a few Tab presses", async ({ page }) => {
  await page.goto("/compare");
  let presses = 0;
  while (presses < 6) {
    await page.keyboard.press("Tab");
    presses++;
    if ((await page.evaluate(() => document.activeElement?.textContent)) === "Skip to the matrix") break;
  }
  expect(presses).toBeLessThanOrEqual(4);
  await expect(page.getByRole("link", { name: "Skip to the matrix" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("region", { name: "Side by side" })).toBeFocused();
  await expect(page.getByRole("region", { name: "Side by side" })).toBeInViewport();
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => Boolean(document.activeElement?.closest("#matrix")))).toBe(true);
  for (const [name, region] of [
    ["Skip to the weights", "Weights"],
    ["Skip to the ranking", "Ranking"],
  ] as const) {
    await page.getByRole("link", { name }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("region", { name: region, exact: true })).toBeFocused();
  }
});

test("the source viewer's highlight banner sits under the navigation, never over it", async ({ page }) => {
  await page.goto("/sources/stepanova-2020#L704-L710");
  const banner = page.getByRole("status").filter({ hasText: /lines? 704/ });
  await expect(banner).toBeVisible();
  await page.mouse.wheel(0, 400);
  const nav = await page.getByRole("navigation", { name: "Main" }).boundingBox();
  const box = await banner.boundingBox();
  expect(box!.y).toBeGreaterThanOrEqual(nav!.y + nav!.height - 1);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Compare" }).click();
  await expect(page).toHaveURL(/\/compare/);
});

for (const path of ["/inclusiveness", "/frameworks/hope"]) {
  test(`every chart element on ${path} that takes keyboard focus has a name`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    // The first chart's controls, then on through the charts: every stop inside a chart is named.
    await page.locator("figure.chart").first().scrollIntoViewIfNeeded();
    await page.locator("figure.chart summary").first().focus();
    let inCharts = 0;
    for (let i = 0; i < 40; i++) {
      if (await page.evaluate(() => Boolean(document.activeElement?.closest("figure.chart")))) {
        inCharts++;
        await expect(page.locator(":focus"), `${path}, stop ${i + 1}`).toHaveAccessibleName(/\S/);
      }
      await page.keyboard.press("Tab");
    }
    expect(inCharts).toBeGreaterThan(0);
  });
}
