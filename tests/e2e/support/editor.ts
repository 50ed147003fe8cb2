import { execFileSync } from "node:child_process";
import { expect, type Page } from "@playwright/test";

export const PASSWORD = "a long enough password";

/** Creates an editor (or admin) with the documented command, in the e2e server's database. */
export function createEditor(prefix: string, role: "editor" | "admin" | "reader" = "editor"): string {
  const email = `${prefix}-${Date.now()}@example.org`;
  execFileSync("npm", ["run", "--silent", "user:create", "--", "--email", email, "--name", "E2E Editor", "--role", role], {
    env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL ?? "file:./tests/.tmp/e2e.db", PASSWORD },
    stdio: "ignore",
  });
  return email;
}

/** Creates an editor, then signs in through the page. */
export async function signInAsNewEditor(page: Page, prefix: string, role: "editor" | "admin" = "editor"): Promise<string> {
  const email = createEditor(prefix, role);
  await page.goto("/login");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("status")).toContainText(`Signed in as ${email}`);
  return email;
}

/** A write through the API with the page's session (its cookie, CSRF token and Origin, as the page's own fetch sends them), for setting up a test or racing a form. */
export async function apiWrite(page: Page, method: "POST" | "PUT" | "PATCH" | "DELETE", url: string, body: unknown) {
  const { csrf } = await (await page.request.get("/api/session")).json();
  const origin = new URL(page.url()).origin;
  const response = await page.request.fetch(url, { method, data: body, headers: { "x-csrf-token": csrf, origin } });
  expect(response.status(), `${method} ${url}: ${await response.text()}`).toBeLessThan(300);
  return response.json();
}
