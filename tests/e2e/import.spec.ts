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

test("axe finds no WCAG A/AA violation on /import", async ({ page }) => {
  await page.goto("/import");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await wcagViolations(page)).toEqual([]);
});
