import { execFileSync } from "node:child_process";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

test("security headers are set on every page", async ({ request }) => {
  for (const path of ["/", "/compare", "/api/frameworks"]) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["x-frame-options"]).toBe("DENY");
  }
});

test("an editor created by npm run user:create signs in and out", async ({ page }) => {
  const email = `editor-${Date.now()}@example.org`;
  execFileSync("npm", ["run", "--silent", "user:create", "--", "--email", email, "--name", "E2E Editor", "--role", "editor"], {
    env: { ...process.env, DATABASE_URL: "file:./tests/.tmp/e2e.db", PASSWORD: "a long enough password" },
    stdio: "ignore",
  });
  await page.goto("/login");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill("wrong password entirely");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "wrong e-mail or password" })).toBeVisible();
  await page.getByLabel("Password").fill("a long enough password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("status")).toContainText(`Signed in as ${email} (editor)`);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
});
