import { expect, type Page, test } from "./support/warm-context";

/** The ranking on screen: each framework's slug and score, best first. */
const ranking = (page: Page) =>
  page
    .getByRole("list", { name: "Frameworks ranked, best first" })
    .locator("li")
    .evaluateAll((items) => items.map((li) => `${li.getAttribute("data-slug")} ${li.querySelector(".ranking__score")?.textContent}`));

test("PROMETHEE II: the method switch, a preference function under its slider, the flow chart, and a link that reloads", async ({ page }) => {
  await page.goto("/compare?preset=us-gulf-deterrence");
  const weightedSum = await ranking(page);
  await expect(page.getByRole("heading", { name: "Outranking flows (PROMETHEE II)" })).toHaveCount(0);
  await expect(page.getByRole("combobox", { name: "Preference function of Escalation risk" })).toHaveCount(0);

  await page.getByRole("radio", { name: /PROMETHEE II/ }).check();
  await expect(page).toHaveURL(/method=promethee2/);
  await expect.poll(() => ranking(page)).not.toEqual(weightedSum);
  const flows = page.getByRole("heading", { name: "Outranking flows (PROMETHEE II)" });
  await expect(flows).toBeVisible();
  await expect(page.getByRole("img", { name: /^Outranking flows \(PROMETHEE II\)\. Left: how much each framework outranks/ })).toBeVisible();
  await expect(page.getByText(/Each bar is a framework's net flow/)).toBeVisible();
  const usual = await ranking(page);

  // A preference function of its own for one criterion: the thresholds start from its scale (0-2).
  const type = page.getByRole("combobox", { name: "Preference function of Escalation risk" });
  await expect(type).toHaveValue("usual");
  await type.selectOption("linear");
  await expect(page).toHaveURL(/pf=escalation-risk%3Alinear%3A0\.25%3A1|pf=escalation-risk:linear:0\.25:1/);
  const p = page.getByRole("spinbutton", { name: "p, strict preference threshold of Escalation risk" });
  await expect(p).toHaveValue("1");
  await p.fill("2");
  await expect(page).toHaveURL(/escalation-risk(%3A|:)linear(%3A|:)0\.25(%3A|:)2/);
  await expect.poll(() => ranking(page)).not.toEqual(usual);
  // A threshold that breaks the rules is named, and not applied.
  await page.getByRole("spinbutton", { name: "q, indifference threshold of Escalation risk" }).fill("3");
  await expect(page.getByRole("alert").filter({ hasText: "must not exceed p" })).toBeVisible();
  await expect(page).toHaveURL(/escalation-risk(%3A|:)linear(%3A|:)0\.25(%3A|:)2/);
  const set = await ranking(page);

  // The flow chart's table gives every framework's flows.
  await page.getByRole("figure", { name: "Outranking flows (PROMETHEE II)" }).getByText("Show as table").click();
  await expect(page.getByRole("columnheader", { name: "Net flow φ" })).toBeVisible();

  await page.reload();
  await expect(page.getByRole("radio", { name: /PROMETHEE II/ })).toBeChecked();
  await expect(page.getByRole("combobox", { name: "Preference function of Escalation risk" })).toHaveValue("linear");
  await expect(page.getByRole("spinbutton", { name: "p, strict preference threshold of Escalation risk" })).toHaveValue("2");
  await expect(page.getByRole("heading", { name: "Outranking flows (PROMETHEE II)" })).toBeVisible();
  await expect.poll(() => ranking(page)).toEqual(set);
});

test("a bad preference function in a link is ignored with a notice", async ({ page }) => {
  await page.goto("/compare?method=promethee2&pf=escalation-risk:linear:3:1,nothing:usual");
  const notice = page.getByRole("status").filter({ hasText: "Some settings in this link were ignored" });
  await expect(notice).toContainText('Ignored pf: "escalation-risk:linear:3:1" is not of the form');
  await expect(notice).toContainText('Ignored pf: "nothing" is not a known criterion.');
  await expect(page.getByRole("combobox", { name: "Preference function of Escalation risk" })).toHaveValue("usual");
});
