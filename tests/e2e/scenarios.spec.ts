import { execFileSync } from "node:child_process";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

test("an editor saves the view on screen as a scenario and opens it again from /scenarios", async ({ page }) => {
  const email = `scenario-${Date.now()}@example.org`;
  execFileSync("npm", ["run", "--silent", "user:create", "--", "--email", email, "--name", "Scenario Editor", "--role", "editor"], {
    env: { ...process.env, DATABASE_URL: "file:./tests/.tmp/e2e.db", PASSWORD: "a long enough password" },
    stdio: "ignore",
  });
  await page.goto("/login");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill("a long enough password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("status")).toContainText("Signed in as");

  await page.goto("/compare?preset=us-gulf-deterrence&method=topsis&cw=membership:10");
  const ranking = page.getByRole("list", { name: "Frameworks ranked, best first" });
  await expect(ranking.locator("li")).toHaveCount(5);
  const before = await ranking.locator("li").allTextContents();
  await page.getByText("Save this view as a scenario").click();
  const title = `Deterrence without membership ${Date.now()}`;
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("What it weighs, and why").fill("Deterrence first, membership almost ignored.");
  await page.getByRole("button", { name: "Save scenario" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved as" })).toBeVisible();

  await page.goto("/scenarios");
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
  await page.getByRole("link", { name: `Open ${title} in the compare view` }).click();
  await expect(page).toHaveURL(/\/compare\?w=/);
  await expect(page.getByRole("radio", { name: /TOPSIS/ })).toBeChecked();
  await expect.poll(() => page.getByRole("list", { name: "Frameworks ranked, best first" }).locator("li").allTextContents()).toEqual(before);
});
