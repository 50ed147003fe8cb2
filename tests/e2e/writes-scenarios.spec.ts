import type { Page } from "@playwright/test";
import { expect, test } from "./support/own-server";
import { wcagViolations } from "./support/axe";
import { signInAsNewEditor } from "./support/editor";

const MEMBERSHIP = "Membership & inclusiveness (category)";
const card = (page: Page, title: string) => page.getByRole("article", { name: title });

/** The same editor restates a scenario's rationale in a second tab, as if at another desk. */
async function changeRationaleInAnotherTab(page: Page, title: string, rationale: string, savedAs: number) {
  const tab = await page.context().newPage();
  await tab.goto("/scenarios");
  await card(tab, title)
    .getByRole("button", { name: `Edit ${title}` })
    .click();
  await tab.getByLabel("What it weighs, and why").fill(rationale);
  await tab.getByRole("button", { name: "Save" }).click();
  await expect(card(tab, title).getByRole("status")).toHaveText(`Saved as version ${savedAs}.`);
  await tab.close();
}

test("an editor saves, renames, updates from the compare view and deletes a scenario; another editor may not change it", async ({ page, browser }) => {
  await signInAsNewEditor(page, "scenario-author");
  const stamp = Date.now();
  const title = `Membership matters ${stamp}`;
  const renamed = `Membership matters most ${stamp}`;

  await page.goto("/compare?method=topsis");
  await page.getByText("Save this view as a scenario").click();
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("What it weighs, and why").fill("Every category alike, ranked by TOPSIS.");
  await page.getByRole("button", { name: "Save scenario" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved as" })).toBeVisible();

  // Rename it, with a second tab changing it meanwhile: the form shows theirs and keeps mine on request.
  await page.goto("/scenarios");
  await expect(card(page, title)).toContainText("version 1");
  await card(page, title)
    .getByRole("button", { name: `Edit ${title}` })
    .click();
  const form = page.getByRole("form", { name: `Edit ${title}` });
  await form.getByLabel("Title").fill("");
  await form.getByRole("button", { name: "Save" }).click();
  await expect(form.getByText("needs a title")).toBeVisible();

  await changeRationaleInAnotherTab(page, title, "Changed in another tab: every category alike.", 2);

  await form.getByLabel("Title").fill(renamed);
  await form.getByRole("button", { name: "Save" }).click();
  const conflict = form.getByRole("alert");
  await expect(conflict).toContainText("it is now at version 2");
  await expect(conflict).toContainText("Changed in another tab");
  expect(await wcagViolations(page)).toEqual([]);
  await conflict.getByRole("button", { name: "Keep my changes (on top of theirs)" }).click();
  await expect(card(page, renamed).getByRole("status")).toHaveText("Saved as version 3.");
  await expect(card(page, renamed)).toContainText("Changed in another tab: every category alike.");

  // Open it in the compare view, move a weight, and update the scenario with the view on screen.
  await card(page, renamed)
    .getByRole("link", { name: `Open ${renamed} in the compare view` })
    .click();
  await expect(page).toHaveURL(/scenario=membership-matters/);
  await expect(page.getByText(`Opened from the scenario “${renamed}”, version 3.`)).toBeVisible();
  const membership = page.getByRole("slider", { name: MEMBERSHIP });
  await expect(membership).toHaveValue("50");
  await membership.focus();
  for (let i = 0; i < 10; i++) await page.keyboard.press("ArrowRight");
  await expect(membership).toHaveValue("60");
  await page.getByRole("button", { name: `Update “${renamed}” with the view on screen` }).click();
  await expect(page.getByRole("status").filter({ hasText: "Updated" })).toHaveText(`Updated “${renamed}”: now version 4.`);

  // Changed in another tab meanwhile: updating again says so, and keeps this view on request.
  await changeRationaleInAnotherTab(page, renamed, "Membership weighs a little more than the rest.", 5);
  await page.getByRole("button", { name: `Update “${renamed}” with the view on screen` }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Someone changed" })).toContainText("it is now at version 5");
  await page.getByRole("button", { name: "Keep mine (overwrite version 5 with this view)" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Updated" })).toHaveText(`Updated “${renamed}”: now version 6.`);

  await page.goto("/scenarios");
  await expect(card(page, renamed)).toContainText("version 6");
  await expect(card(page, renamed)).toContainText("Membership weighs a little more than the rest.");
  await card(page, renamed)
    .getByRole("link", { name: `Open ${renamed} in the compare view` })
    .click();
  await expect(page.getByRole("slider", { name: MEMBERSHIP })).toHaveValue("60");
  await expect(page.getByRole("radio", { name: /TOPSIS/ })).toBeChecked();
  const link = page.url();

  // Another editor sees it, may duplicate it, but has no way to change or delete it.
  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await signInAsNewEditor(other, "scenario-other");
  await other.goto("/scenarios");
  await expect(card(other, renamed).getByRole("button", { name: `Duplicate ${renamed}` })).toBeVisible();
  await expect(card(other, renamed).getByRole("button", { name: `Edit ${renamed}` })).toHaveCount(0);
  await expect(card(other, renamed).getByRole("button", { name: `Delete ${renamed}` })).toHaveCount(0);
  await other.goto(link);
  await expect(other.getByRole("slider", { name: MEMBERSHIP })).toHaveValue("60");
  await expect(other.getByRole("button", { name: /with the view on screen/ })).toHaveCount(0);
  await otherContext.close();

  // A link made at an older version says so, and updating from it is a conflict, not an overwrite.
  expect(link).toContain("sv=6");
  await page.goto(link.replace("sv=6", "sv=3"));
  await expect(page.getByText(`Opened from the scenario “${renamed}”, version 3.`)).toBeVisible();
  await page.getByRole("button", { name: `Update “${renamed}” with the view on screen` }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Someone changed" })).toContainText("it is now at version 6");

  // Delete it, after confirming.
  await page.goto("/scenarios");
  await card(page, renamed)
    .getByRole("button", { name: `Delete ${renamed}` })
    .click();
  await card(page, renamed)
    .getByRole("group", { name: `Confirm deleting ${renamed}` })
    .getByRole("button", { name: "Cancel" })
    .click();
  await card(page, renamed)
    .getByRole("button", { name: `Delete ${renamed}` })
    .click();
  await card(page, renamed).getByRole("button", { name: "Yes, delete it" }).click();
  await expect(page.getByRole("heading", { name: renamed })).toHaveCount(0);
  await page.goto(link);
  await expect(page.getByRole("status").filter({ hasText: "Some settings in this link were ignored" })).toContainText("is not a saved scenario");
});

test("a saved scenario opens under its own name, for a reader too: in the picker, the page title and the exports", async ({ page, browser }) => {
  await signInAsNewEditor(page, "scenario-named");
  const stamp = Date.now();
  const title = `Tryout deterrence variant ${stamp}`;
  await page.goto("/compare?preset=us-gulf-deterrence&method=topsis&w=viability:90");
  await expect(page.getByLabel("Perspective").locator("option:checked")).toHaveText("Custom (from US–Gulf deterrence)");
  await page.getByText("Save this view as a scenario").click();
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("What it weighs, and why").fill("Deterrence, with viability weighing more.");
  await page.getByRole("button", { name: "Save scenario" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved as" })).toBeVisible();

  // Signed out.
  const readerContext = await browser.newContext();
  const reader = await readerContext.newPage();
  await reader.goto(new URL("/scenarios", page.url()).href);
  await card(reader, title)
    .getByRole("link", { name: `Open ${title} in the compare view` })
    .click();
  await expect(reader).toHaveURL(new RegExp(`scenario=tryout-deterrence-variant-${stamp}`));
  const picker = reader.getByLabel("Perspective");
  await expect(picker.locator("option:checked")).toHaveText(title);
  await expect(reader).toHaveTitle(new RegExp(`Compare and weight: ${title}`));
  await expect(reader.getByText("Deterrence, with viability weighing more.")).toBeVisible();
  const csv = await (await reader.request.get((await reader.getByRole("link", { name: "CSV" }).getAttribute("href"))!)).text();
  expect(csv).toContain(title);
  expect(csv).not.toContain("Custom (from");

  // A weight moved: custom from the scenario, which Reset goes back to.
  const membership = reader.getByRole("slider", { name: MEMBERSHIP });
  await expect(membership).toHaveValue("70");
  await membership.focus();
  await reader.keyboard.press("PageDown");
  await expect(picker.locator("option:checked")).toHaveText(`Custom (from ${title})`);
  await expect(reader).toHaveTitle(new RegExp(`Custom \\(from ${title}\\)`));
  await reader.getByRole("button", { name: `Reset to ${title}` }).click();
  await expect(picker.locator("option:checked")).toHaveText(title);
  await expect(membership).toHaveValue("70");

  // Another perspective leaves it, and the picker offers it again.
  await picker.selectOption("equal");
  await expect(picker.locator("option:checked")).toHaveText("Equal weights");
  await expect(membership).toHaveValue("50");
  await picker.selectOption({ label: title });
  await expect(picker.locator("option:checked")).toHaveText(title);
  await expect(membership).toHaveValue("70");
  await readerContext.close();
});
