import { expect, test } from "./support/warm-context";
import { wcagViolations } from "./support/axe";

test("an exported dataset imports back as no change; a broken one is refused; a sheet opens as a view", async ({ page, request }) => {
  const exported = await (await request.get("/api/export?format=json")).body();
  await page.goto("/import");
  await expect(page.getByRole("heading", { level: 1, name: "Import" })).toBeVisible();

  await page.getByLabel("File", { exact: true }).setInputFiles({ name: "export.json", mimeType: "application/json", buffer: exported });
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.getByRole("heading", { name: "No changes: the file matches the data" })).toBeVisible();

  const broken = JSON.parse(exported.toString("utf8"));
  broken.dataset.frameworks[0].assessments[0].value = 7;
  await page
    .getByLabel("File", { exact: true })
    .setInputFiles({ name: "broken.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(broken)) });
  await page.getByRole("button", { name: "Check the file" }).click();
  const alert = page.getByRole("alert", { name: /Nothing was imported/ });
  await expect(alert).toContainText("Nothing was imported");
  await expect(alert).toContainText("dataset.frameworks[russia-gulf-concept].assessments[inclusion-all-littoral].value");

  const sheet = await (await request.get("/api/export?format=csv&preset=european-mediator")).body();
  await page.getByLabel("File", { exact: true }).setInputFiles({ name: "sheet.csv", mimeType: "text/csv", buffer: sheet });
  await page.getByRole("button", { name: "Check the file" }).click();
  await page.getByRole("link", { name: "Open this view on the compare page" }).click();
  await expect(page).toHaveURL(/\/compare\?w=/);
  await expect(page.getByRole("list", { name: "Frameworks ranked, best first" }).locator("li")).toHaveCount(5);
});

test("the preview names what an import would remove; an apply refused, before sending or by the server, keeps the preview and says why beside the reason", async ({
  page,
  request,
}) => {
  const exported = JSON.parse((await (await request.get("/api/export?format=json")).body()).toString("utf8"));
  exported.dataset.frameworks = exported.dataset.frameworks.filter((f: { slug: string }) => f.slug !== "imsi");
  const file = { name: "without-imsi.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(exported)) };
  await page.goto("/import");
  await page.getByLabel("File", { exact: true }).setInputFiles(file);
  await page.getByRole("button", { name: "Check the file" }).click();
  const preview = page.getByRole("status").filter({ has: page.getByRole("heading", { name: "What this import would change" }) });
  await expect(preview.getByRole("definition").filter({ hasText: /^Removed: imsi$/ })).toHaveCount(1);
  await expect(preview).toContainText("Removed: imsi/");

  const reason = page.getByLabel(/^Reason/);
  const apply = page.getByRole("button", { name: "Import: apply all of it" });
  await apply.click();
  await expect(reason).toHaveAccessibleDescription("say why in a few words");
  await expect(reason).toBeFocused();
  await expect(apply).toBeVisible();
  await expect(page.getByRole("main").getByRole("alert")).toHaveCount(0);

  // Signed out, the server refuses the apply: the preview stays, and the refusal is said below it.
  await reason.fill("Dropping IMSI");
  await apply.click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Nothing was imported: you are not signed in as an editor");
  await expect(reason).toHaveAccessibleDescription("");
  await expect(preview).toContainText("Removed: imsi");
  await expect(apply).toBeVisible();
  expect(await wcagViolations(page)).toEqual([]);

  await page.goto("/ar/import");
  await page.locator("#import-file").setInputFiles(file);
  await page.locator(".import form button[type=submit]").click();
  await expect(page.locator("#import-preview")).toBeVisible();
  await page.locator("#import-preview ~ p button").click();
  await expect(page.locator("#import-reason-error")).toHaveText("اذكر السبب في كلمات قليلة");
  await expect(page.locator("#import-preview")).toBeVisible();
});

test("axe finds no WCAG A/AA violation on /import", async ({ page }) => {
  await page.goto("/import");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await wcagViolations(page)).toEqual([]);
});
