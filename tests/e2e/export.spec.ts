import fs from "node:fs";
import { expect, test } from "./support/warm-context";
import Papa from "papaparse";
import { folded, pdfPages } from "../support/pdf-text";

test("the compare view downloads CSV, Excel, PDF and JSON that match the screen", async ({ page }) => {
  await page.goto("/compare?preset=us-gulf-deterrence&method=topsis");
  const ranking = page.getByRole("list", { name: "Frameworks ranked, best first" });
  await expect(ranking.locator("li")).toHaveCount(5);
  const onScreen = await ranking
    .locator("li")
    .evaluateAll((items) => items.map((li) => ({ slug: li.getAttribute("data-slug"), score: li.querySelector(".ranking__score")!.textContent })));
  const downloads = page.getByRole("navigation", { name: "Download this comparison" });
  const files: Record<string, Buffer> = {};
  for (const label of ["CSV", "Excel", "PDF", "JSON"]) {
    const [download] = await Promise.all([page.waitForEvent("download"), downloads.getByRole("link", { name: label }).click()]);
    expect(download.suggestedFilename()).toMatch(/^gulf-comparison-\d{4}-\d{2}-\d{2}\.(csv|xlsx|pdf|json)$/);
    files[label] = fs.readFileSync((await download.path())!);
    expect(files[label]!.length).toBeGreaterThan(500);
  }
  expect(files.PDF!.subarray(0, 5).toString()).toBe("%PDF-");
  expect(files.Excel!.subarray(0, 2).toString()).toBe("PK");
  const json = JSON.parse(files.JSON!.toString("utf8"));
  expect(json.view).toMatchObject({ preset: "us-gulf-deterrence", method: "topsis" });

  // The CSV's scores are the screen's, to the three decimals shown.
  const rows = Papa.parse<string[]>(files.CSV!.toString("utf8").replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;
  const header = rows[0]!;
  const scores = rows.find((r) => r[0] === "Score")!;
  for (const { slug, score } of onScreen) {
    const name = await page.getByRole("list", { name: "Frameworks ranked, best first" }).locator(`li[data-slug="${slug}"] .ranking__name`).textContent();
    const column = header.indexOf(name!);
    expect(column).toBeGreaterThan(0);
    expect(Number(scores[column]).toFixed(3)).toBe(score);
  }
});

test("the PDF carries the title and note typed before downloading, and says the view is custom", async ({ page }) => {
  await page.goto("/compare?preset=us-gulf-deterrence&w=viability:7");
  await page.getByText("Title, note and paper for the PDF").click();
  await page.getByLabel("PDF title").fill("Briefing for the Gulf desk");
  await page.getByLabel("PDF note (optional)").fill("Deterrence weights, viability lowered.");
  await page.getByRole("combobox", { name: "PDF paper" }).selectOption("letter");
  const downloads = page.getByRole("navigation", { name: "Download this comparison" });
  const pdfLink = downloads.getByRole("link", { name: "PDF" });
  await expect(pdfLink).toHaveAttribute("href", /paper=letter&title=Briefing\+for\+the\+Gulf\+desk&note=Deterrence/);
  // The other formats stay the view alone.
  await expect(downloads.getByRole("link", { name: "CSV" })).not.toHaveAttribute("href", /title=/);
  const [download] = await Promise.all([page.waitForEvent("download"), pdfLink.click()]);
  const text = folded(pdfPages(fs.readFileSync((await download.path())!)).join(" "));
  expect(text).toContain("Briefing for the Gulf desk");
  expect(text).toContain("Deterrence weights, viability lowered.");
  expect(text).toContain("Weights: Custom (from US–Gulf deterrence)");
});
