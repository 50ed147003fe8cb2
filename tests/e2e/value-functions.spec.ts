import fs from "node:fs";
import { expect, type Page, test } from "./support/warm-context";
import ExcelJS from "exceljs";
import Papa from "papaparse";

/** The ranking on screen: each framework's slug, best first. */
const order = (page: Page) =>
  page
    .getByRole("list", { name: "Frameworks ranked, best first" })
    .locator("li")
    .evaluateAll((items) => items.map((li) => li.getAttribute("data-slug")));

async function download(page: Page, label: string): Promise<Buffer> {
  const links = page.getByRole("navigation", { name: "Download this comparison" });
  const [file] = await Promise.all([page.waitForEvent("download"), links.getByRole("link", { name: label }).click()]);
  return fs.readFileSync((await file.path())!);
}

test('what is good: "lower is better" on one criterion reorders the ranking, lives in the link and in the CSV and Excel', async ({ page }) => {
  // Only the Iran category counts: the stance toward Iran at full weight beside its two neighbours at a fifth.
  await page.goto(
    "/compare?fw=russia-gulf-concept,hope,arab-nato,imsi&cw=membership:0,outside-powers:0,institutional-design:0,military-cbm:0,feasibility:0&w=iran-inclusion:10,containment-purpose:10",
  );
  await expect(page.getByRole("list", { name: "Frameworks ranked, best first" }).locator("li")).toHaveCount(4);
  const before = await order(page);
  expect(before[0]).toBe("russia-gulf-concept");

  // What is good on the stance toward Iran turns round.
  const control = page.locator('[data-value-function="stance-toward-iran"]');
  await control.locator("summary").click();
  await control.getByRole("combobox", { name: "What is good on Stance toward Iran" }).selectOption("cost");
  await expect(page).toHaveURL(/vf=stance-toward-iran(%3A|:)cost/);
  await expect(control.locator("summary")).toContainText("lower is better");
  await expect(control.locator(".value-fn__badge").first()).toHaveText("not the criterion's own");
  await expect(page.getByTestId("view-label")).toContainText("Custom (from Equal weights)");
  await expect(page.getByTestId("view-label")).toContainText("and 1 value function (what is good) differ");
  await expect.poll(() => order(page)).not.toEqual(before);
  const reversed = await order(page);
  // The frameworks built to contain Iran gain on those that treat it as an equal.
  expect(reversed.indexOf("imsi")).toBeLessThan(before.indexOf("imsi"));

  // A reload keeps it: the link is the view.
  await page.reload();
  await expect.poll(() => order(page)).toEqual(reversed);

  const csv = Papa.parse<string[]>((await download(page, "CSV")).toString("utf8").replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;
  const table = csv.findIndex((r) => r.at(-1) === "What is good");
  expect(
    csv
      .slice(table)
      .find((r) => r[1] === "stance-toward-iran")!
      .at(-1),
  ).toBe("lower is better");
  expect(csv.find((r) => r[0] === "What is good (value functions)")!.slice(1, 3)).toEqual([
    "stance-toward-iran:cost",
    "Stance toward Iran: lower is better; every other criterion: its own direction",
  ]);

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await download(page, "Excel")) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  const sheet = workbook.getWorksheet("Comparison")!;
  let stanceRow = 0;
  sheet.eachRow((row, r) => {
    if (row.getCell(1).value === "Stance toward Iran") stanceRow = r;
  });
  expect(sheet.getCell(stanceRow, 3).value).toBe("cost");
  expect(String(sheet.getCell(stanceRow, 3).note)).toMatch(/lower is better/);
});

test("the matrix reads each criterion as the view does: its label and its cells' colours follow the value function", async ({ page }) => {
  // The preset holds "lower is better" on the stance toward Iran (its own direction: higher); the link gives escalation risk (its own: lower) a value per point.
  await page.goto(`/compare?preset=us-gulf-deterrence&vf=${encodeURIComponent("escalation-risk:0=0;1=1;2=0.5")}`);
  const matrix = page.getByRole("region", { name: "Comparison matrix" });
  const stance = matrix.locator('tr[data-row="stance-toward-iran"]');
  await expect(stance.locator(".row-label__sub")).toHaveText("lower is better");
  // HOPE treats Iran as an equal party (+2): the worst end for deterrence; the IMSI, built to contain it (-2), the best.
  await expect(stance.getByRole("button", { name: /^HOPE on Stance toward Iran/ })).toHaveCSS("background-color", "rgb(230, 97, 1)");
  await expect(stance.getByRole("button", { name: /^IMSI on Stance toward Iran/ })).toHaveCSS("background-color", "rgb(94, 60, 153)");
  const escalation = matrix.locator('tr[data-row="escalation-risk"]');
  await expect(escalation.locator(".row-label__sub")).toHaveText("own value per point");
  // HOPE's 0 is worth 0 (worst), the IMSI's 2 is worth 0.5 (middle).
  await expect(escalation.getByRole("button", { name: /^HOPE on Escalation risk/ })).toHaveCSS("background-color", "rgb(230, 97, 1)");
  await expect(escalation.getByRole("button", { name: /^IMSI on Escalation risk/ })).toHaveCSS("background-color", "rgb(247, 247, 247)");
});

test("the value per point: its editor, its sketch, and the preset's value functions with their reasons", async ({ page }) => {
  await page.goto("/compare?preset=us-gulf-deterrence");
  await expect(page.getByTestId("preset-value-functions")).toContainText("Stance toward Iran: lower is better");
  await expect(page.getByTestId("preset-value-functions")).toContainText("opposing Iran");
  const control = page.locator('[data-value-function="escalation-risk"]');
  await control.locator("summary").click();
  await control.getByRole("combobox", { name: "What is good on Escalation risk" }).selectOption("points");
  const middle = control.getByRole("spinbutton", { name: "Value of 1 on Escalation risk" });
  await expect(middle).toHaveValue("0.5");
  await middle.fill("0.9");
  await expect(page).toHaveURL(/escalation-risk(%3A|:)0=1;1=0\.9;2=0|escalation-risk%3A0%3D1%3B1%3D0\.9%3B2%3D0/);
  await middle.fill("3");
  await expect(control.getByRole("alert")).toHaveText("A value is a number from 0 (worst) to 1 (best).");
  await expect(page).toHaveURL(/1=0\.9|1%3D0\.9/);
});
