import { expect, test } from "./support/own-server";
import { wcagViolations } from "./support/axe";
import { signInAsNewEditor } from "./support/editor";

const STATEMENT = [
  "Statement of a Gulf foreign ministry, 12 March 2024",
  "",
  "The ministry welcomes any inclusive regional security dialogue that takes in Iran.",
  "It does not support a coalition formed against a neighbour.",
  "",
].join("\n");

test("an editor adds a source in the browser, previews its lines, cites it on an assessment beside the paper, marks the cell contested and sees both on the framework page", async ({
  page,
}) => {
  await signInAsNewEditor(page, "editor-sources");
  const slug = `ministry-statement-${Date.now()}`;

  await page.goto("/sources");
  await page.getByRole("link", { name: "Add a source" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Add a source");
  await page.getByLabel(/^File:/).setInputFiles({ name: "statement.txt", mimeType: "text/plain", buffer: Buffer.from(STATEMENT) });
  await page.getByLabel("Title", { exact: true }).fill("Statement on regional security dialogue");
  await page.getByLabel(/^Author/).fill("Gulf Ministry of Foreign Affairs");
  await page.getByLabel("Year", { exact: true }).fill("2024");
  await page.getByLabel(/^Slug/).fill(slug);
  await page.getByLabel("Reason (recorded)").fill("A primary text beside the paper");
  await page.getByRole("button", { name: "Preview the lines" }).click();
  await expect(page.getByRole("heading", { name: `Preview: ${slug}, 4 lines` })).toBeVisible();
  await expect(page.getByText("The ministry welcomes any inclusive regional security dialogue that takes in Iran.")).toBeVisible();
  expect(await wcagViolations(page)).toEqual([]);
  await page.getByRole("button", { name: "Save the source" }).click();
  await expect(page.getByRole("status")).toContainText(`Saved revision 1 of ${slug}: 4 lines`);

  // Cite its line 3 on HOPE's acceptability to Iran, beside the paper's quote.
  await page.goto("/frameworks/hope/assessments/acceptability-ir/edit");
  await page.getByLabel("Source to pick lines in").selectOption(slug);
  await page.getByRole("link", { name: "Pick lines in the source viewer" }).click();
  await expect(page).toHaveURL(new RegExp(`/sources/${slug}\\?pick=`));
  await page.getByRole("link", { name: "Line 3", exact: true }).click();
  await expect(page.getByRole("region", { name: "Pick a citation" })).toContainText("Selected line 3.");
  await page.getByRole("link", { name: "Use these lines as the citation" }).click();
  await expect(page.getByRole("button", { name: `Remove the citation of line 3 in ${slug}` })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Remove the citation of lines? \d+.* in stepanova-2020$/ }).first()).toBeVisible();
  await page.getByLabel("Contested: the sources disagree on this cell").check();
  await page.getByLabel(/^How they disagree/).fill("The paper reads Iran as its champion; the ministry only welcomes a dialogue that takes Iran in.");
  await page.getByLabel("Reason for this change (recorded)").fill("A second source");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: /Saved as version \d+/ })).toBeVisible();

  // The framework page lists each source's quote under the assessment, and the contested note.
  await page.goto("/frameworks/hope");
  const assessment = page.locator("#criterion-acceptability-ir");
  await expect(assessment).toContainText("Rests on 2 sources");
  await expect(assessment).toContainText("Contested: The paper reads Iran as its champion");
  await expect(assessment.getByRole("link", { name: /^stepanova-2020, lines? \d+/ }).first()).toBeVisible();
  const cited = assessment.getByRole("link", { name: `${slug}, line 3` });
  await expect(cited).toHaveAttribute("href", `/sources/${slug}#L3`);
  await cited.click();
  await expect(page.getByRole("status")).toContainText("Highlighted: line 3");

  // The matrix marks the cell contested, by name; the sources page counts the claim.
  await page.goto("/compare");
  await expect(page.getByRole("button", { name: /^HOPE on Acceptability to Iran: .*Contested: its sources disagree\./ })).toBeVisible();
  await page.goto("/sources");
  await expect(page.getByRole("article").filter({ hasText: "Statement on regional security dialogue" })).toContainText("1 claim rests on it");
});
