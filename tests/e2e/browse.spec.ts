import { expect, test } from "./support/warm-context";

test("from the home page to a framework and on to the highlighted source lines", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Proposals for a Gulf security architecture" })).toBeVisible();
  const cards = page.getByRole("article");
  await expect(cards).toHaveCount(5);

  await page.getByRole("link", { name: "Russia's Security Concept for the Gulf Area" }).click();
  await expect(page).toHaveURL(/\/frameworks\/russia-gulf-concept$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Russia's Security Concept for the Gulf Area");
  await expect(page.getByRole("heading", { name: "Who is in, who is watching, who is left out" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Assessments by category" })).toBeVisible();

  // Open a role's evidence, then follow the citation of an assessment.
  await page.getByRole("region", { name: "Who is in, who is watching, who is left out" }).getByText("China", { exact: true }).click();
  await expect(page.getByText(/would only play the role of observers/).first()).toBeVisible();

  const assessment = page.locator("#criterion-foreign-military-presence");
  await expect(assessment.getByRole("heading", { level: 4 })).toBeVisible();
  const citation = assessment.getByRole("link", { name: /stepanova-2020, lines? \d+/ }).first();
  const href = await citation.getAttribute("href");
  const [, start, end] = /#L(\d+)(?:-L(\d+))?$/.exec(href ?? "") ?? [];
  expect(start).toBeTruthy();
  await citation.click();

  await expect(page).toHaveURL(new RegExp(`/sources/stepanova-2020#L${start}`));
  await expect(page.getByRole("status")).toContainText(`${start}`);
  const first = page.locator(`#L${start}`);
  await expect(first).toHaveAttribute("data-highlighted", "true");
  await expect(first).toBeInViewport();
  await expect(page.locator(`#L${end ?? start}`)).toHaveAttribute("data-highlighted", "true");
  await expect(page.locator(`#L${Number(end ?? start) + 1}`)).not.toHaveAttribute("data-highlighted", "true");
  await expect(page.locator(`#L${start}`)).toContainText(/\S/);
});

test("a line link on the source page moves the highlight", async ({ page }) => {
  await page.goto("/sources/stepanova-2020#L862-L877");
  await expect(page.locator("#L870")).toHaveAttribute("data-highlighted", "true");
  await page.getByRole("link", { name: "Line 884", exact: true }).click();
  await expect(page.locator("#L884")).toHaveAttribute("data-highlighted", "true");
  await expect(page.locator("#L870")).not.toHaveAttribute("data-highlighted", "true");
});

test("an unknown framework or page is a 404 page, not an error", async ({ page }) => {
  const response = await page.goto("/frameworks/no-such-framework");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Not found" })).toBeVisible();
  expect((await page.goto("/sources/NOT_A_SLUG"))?.status()).toBe(404);
  expect((await page.goto("/no/such/page"))?.status()).toBe(404);
});

test("a framework shows its status, exact date and lineage; the home page and /compare find it by an alias", async ({ page }) => {
  await page.goto("/frameworks/russia-gulf-concept");
  const facts = page.locator(".facts");
  await expect(facts).toContainText("23 July 2019");
  await expect(facts).toContainText("Proposal on the table");
  const history = page.getByRole("region", { name: "Status and history" });
  await expect(history.getByText(/idea is still on the table/).first()).toBeVisible();
  const lineage = history.getByRole("list", { name: "Lineage" });
  await expect(lineage.getByRole("listitem")).toHaveCount(3);
  await expect(lineage).toContainText("the 1990s");
  await expect(lineage.getByRole("link", { name: /stepanova-2020, lines? 673/ }).first()).toBeVisible();

  await page.goto("/");
  const search = page.getByRole("search");
  await search.getByLabel("Find a framework by name or alias").fill("IMSC");
  await search.getByRole("button", { name: "Find" }).click();
  await expect(page).toHaveURL(/\?q=IMSC$/);
  await expect(page.getByRole("article")).toHaveCount(1);
  await expect(page.getByRole("article")).toContainText("International Maritime Security Initiative");
  await expect(page.getByRole("article")).toContainText("Operating coalition");

  await page.goto("/compare");
  const picker = page.getByRole("group", { name: "Frameworks" });
  await picker.getByLabel("Find a framework").fill("arab nato");
  await expect(picker.getByRole("checkbox")).toHaveCount(1);
  await expect(picker.getByRole("listitem")).toContainText("MESA");
  await expect(picker.getByRole("listitem")).toContainText("Bid");
});
