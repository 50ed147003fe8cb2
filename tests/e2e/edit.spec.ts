import { execFileSync } from "node:child_process";
import { expect, test } from "@playwright/test";

test("an editor edits an assessment with a citation picked in the source, sees it in the matrix and the history, reverts it, and signs out", async ({ page }) => {
  const email = `editor-edit-${Date.now()}@example.org`;
  execFileSync("npm", ["run", "--silent", "user:create", "--", "--email", email, "--name", "Editor", "--role", "editor"], {
    env: { ...process.env, DATABASE_URL: "file:./tests/.tmp/e2e.db", PASSWORD: "a long enough password" },
    stdio: "ignore",
  });
  await page.goto("/login");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill("a long enough password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("status")).toContainText("Signed in as");

  await page.goto("/frameworks/gcc-centric");
  await page.getByRole("link", { name: "Edit Acceptability to Iran" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Acceptability to Iran");
  await expect(page.getByLabel("Value")).toHaveValue("-2");

  // Pick lines 881-883 in the source viewer: click the first line number, Shift+click the last.
  await page.getByRole("link", { name: "Pick lines in the source viewer" }).click();
  await expect(page.getByRole("region", { name: "Pick a citation" })).toContainText("Click the number of the first line");
  await page.getByRole("link", { name: "Line 881", exact: true }).click();
  await page.getByRole("link", { name: "Line 883", exact: true }).click({ modifiers: ["Shift"] });
  await expect(page.getByRole("region", { name: "Pick a citation" })).toContainText("Selected lines 881–883");
  await page.getByRole("link", { name: "Use these lines as the citation" }).click();
  await expect(page.getByRole("button", { name: "Remove the citation of lines 881–883" })).toBeVisible();
  await page.getByLabel("Value").selectOption("-1");
  await page.getByLabel("Rationale").fill("Edited in the browser test: a softer reading of the same passage.");
  await page.getByLabel("Reason for this change (recorded)").fill("Browser test");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved as version 2" })).toBeVisible();

  await page.goto("/compare");
  await expect(page.getByRole("button", { name: /^GCC-centric on Acceptability to Iran: −1/ })).toBeVisible();

  await page.goto("/frameworks/gcc-centric/history");
  const row = page.getByRole("row").filter({ hasText: "assessment gcc-centric/acceptability-ir · value" });
  await expect(row).toContainText(email);
  await expect(row).toContainText("Browser test");
  await row.getByLabel(/Why revert/).fill("Back to the original reading");
  await row.getByRole("button", { name: "Revert" }).click();
  await expect(row.getByRole("status")).toHaveText("Reverted.");
  await page.goto("/compare");
  await expect(page.getByRole("button", { name: /^GCC-centric on Acceptability to Iran: −2/ })).toBeVisible();

  await page.goto("/login");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
  await page.goto("/frameworks/gcc-centric/assessments/acceptability-ir/edit");
  await expect(page.getByText("Sign in as an editor")).toBeVisible();
});
