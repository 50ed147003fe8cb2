import type { Page } from "@playwright/test";
import { expect, test } from "./support/own-server";
import { wcagViolations } from "./support/axe";
import { signInAsNewEditor } from "./support/editor";

const order = (page: Page, list: string) =>
  page
    .getByRole("list", { name: list })
    .locator("li")
    .evaluateAll((items) => items.map((li) => li.getAttribute("data-slug")));

test("an editor runs a panel: three participants answer through their links, and the result opens in the compare view", async ({ page, browser }) => {
  // Four people and five pages: longer than one page's test.
  test.setTimeout(180_000);
  await signInAsNewEditor(page, "panel");
  await page.goto("/panels");
  await page.getByLabel("Title").fill("Track II workshop, Muscat");
  await page.getByLabel("The question participants answer").fill("How much should each consideration weigh in a regional security arrangement?");
  await page.getByLabel("Participants, one label per line").fill("Iranian participant\nSaudi participant\nRussian participant");
  await page.getByRole("button", { name: "Create the panel" }).click();
  await expect(page.getByRole("status")).toContainText("Send each participant their own link");
  const links = await page.locator(".panel-links code").allTextContents();
  expect(links).toHaveLength(3);

  // Each participant, in a browser of their own (no session), weights two criteria differently.
  const answers: Array<Record<string, string>> = [
    { "Inclusion of all eight littoral states": "100", "Viability as the paper judges it": "20" },
    { "Inclusion of all eight littoral states": "10", "Viability as the paper judges it": "100" },
    { "Inclusion of all eight littoral states": "80", "Viability as the paper judges it": "60" },
  ];
  for (const [k, url] of links.entries()) {
    const context = await browser.newContext();
    const participant = await context.newPage();
    await participant.goto(url);
    await expect(participant.getByRole("heading", { level: 1 })).toHaveText("Track II workshop, Muscat");
    for (const [criterion, weight] of Object.entries(answers[k]!)) await participant.getByLabel(`${criterion} weight`).fill(weight);
    if (k === 0) {
      await participant.getByRole("button", { name: "Save draft" }).click();
      await expect(participant.getByRole("status")).toContainText("Draft saved (version 1)");
      expect(await wcagViolations(participant)).toEqual([]);
    }
    await participant.getByRole("button", { name: "Submit my weights" }).click();
    await expect(participant.getByRole("status")).toContainText("Submitted");
    await context.close();
  }

  await page.getByRole("link", { name: "See the panel's result" }).click();
  await expect(page.getByText("3 members have answered")).toBeVisible();
  await expect(page.getByText(/Kendall's W = \d\.\d\d, .*agreement/)).toBeVisible();
  await expect(page.getByRole("table", { name: "Each member's ranking, best first" }).getByRole("columnheader")).toHaveText([
    "Rank",
    "Group",
    "Iranian participant",
    "Saudi participant",
    "Russian participant",
  ]);
  const group = await order(page, "The group's ranking, best first");
  expect(group).toHaveLength(5);
  expect(await wcagViolations(page)).toEqual([]);

  await page.getByRole("link", { name: "Open the group's weights in the compare view" }).click();
  await expect(page).toHaveURL(/\/compare\?/);
  await expect.poll(() => order(page, "Frameworks ranked, best first"), { timeout: 30_000 }).toEqual(group);
});

test("an editor narrows a panel to some frameworks and criteria, invites more people, and a revoked link stops working", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signInAsNewEditor(page, "panel-narrow");
  await page.goto("/panels");
  await page.getByLabel("Title").fill("Desk consultation");
  await page.getByLabel("The question participants answer").fill("Which considerations matter most to the desks this year?");
  await page.locator('input[name="frameworks"][value="imsi"]').uncheck();
  const criteria = page.locator('input[name="criteria"]');
  const count = await criteria.count();
  for (let i = 2; i < count; i++) await criteria.nth(i).uncheck();
  await page.getByLabel("Participants, one label per line").fill("Gulf desk\nIran desk");
  await page.getByRole("button", { name: "Create the panel" }).click();
  await expect(page.getByRole("status")).toContainText("Send each participant their own link");
  const [gulf, iran] = await page.locator(".panel-links code").allTextContents();

  await page.getByRole("button", { name: "Revoke Gulf desk's link" }).click();
  await expect(page.locator(".panel-links li").first()).toContainText("revoked");

  const context = await browser.newContext();
  const participant = await context.newPage();
  expect((await participant.goto(gulf!))?.status()).toBe(404);
  await participant.goto(iran!);
  await expect(participant.getByRole("slider")).toHaveCount(2);

  await page.getByRole("link", { name: "See the panel's result" }).click();
  await expect(page).toHaveURL(/\/panels\/desk-consultation/);
  const slug = new URL(page.url()).pathname.split("/").pop()!;
  const result = await (await page.request.get(`/api/panels/${slug}/result`)).json();
  expect(result.criteria).toHaveLength(2);
  expect(result.frameworks).toHaveLength(4);
  expect(result.frameworks).not.toContain("imsi");
  await expect(page.getByText("Not answered yet")).toContainText("Iran desk");
  const more = page.getByLabel("Invite more participants, one label per line");
  await more.fill("Defence desk");
  await page.getByRole("button", { name: "Make their links" }).click();
  await expect(page.locator(".panel-links code")).toHaveCount(1);
  // A refused invitation or revocation keeps what was typed, and says why beside it.
  await more.fill("Defence desk");
  await page.getByRole("button", { name: "Make their links" }).click();
  await expect(more).toHaveAccessibleDescription('"Defence desk" is already invited');
  await expect(more).toHaveValue("Defence desk");
  const revokeField = page.getByLabel("Revoke a link you sent (paste it)");
  await revokeField.fill("not-a-token");
  await page.getByRole("button", { name: "Revoke", exact: true }).click();
  await expect(revokeField).toHaveAccessibleDescription(/^Not revoked: it is not there any more/);
  await expect(revokeField).toHaveValue("not-a-token");
  await page.getByLabel("Revoke a link you sent (paste it)").fill(iran!);
  await page.getByRole("button", { name: "Revoke", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Revoked" })).toContainText("Revoked Iran desk's link");
  expect((await participant.goto(iran!))?.status()).toBe(404);
  await context.close();
});

test("a panel refused, by the form or by the API, keeps everything typed and says why beside the field", async ({ page }) => {
  await signInAsNewEditor(page, "panel-refused");
  await page.goto("/panels");
  const title = page.getByLabel("Title");
  const question = page.getByLabel("The question participants answer");
  const closes = page.getByLabel("Closes at the end of");
  const labels = page.getByLabel("Participants, one label per line");
  await title.fill("Refused at first");
  await question.fill("Which considerations matter most to the desks this year?");
  await page.getByLabel("by comparing the criteria in pairs").check();
  await page.getByLabel("the geometric mean, renormalised").check();
  await page.locator('input[name="frameworks"][value="imsi"]').uncheck();
  await closes.fill("2020-01-01");
  await labels.fill("Gulf desk\nGulf desk");
  const create = page.getByRole("button", { name: "Create the panel" });

  // The form's own check (the invitations' schema) before anything is sent: no panel is made.
  await create.click();
  await expect(labels).toHaveAccessibleDescription("names a label twice");
  await labels.fill("Gulf desk\nIran desk");
  // The API's refusal: the issue beside the date it concerns, and all the rest kept.
  await create.click();
  await expect(closes).toHaveAccessibleDescription("must be in the future");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("some of what was sent is not valid");
  await expect(labels).toHaveAccessibleDescription("");
  await expect(title).toHaveValue("Refused at first");
  await expect(question).toHaveValue("Which considerations matter most to the desks this year?");
  await expect(labels).toHaveValue("Gulf desk\nIran desk");
  await expect(closes).toHaveValue("2020-01-01");
  await expect(page.getByLabel("by comparing the criteria in pairs")).toBeChecked();
  await expect(page.getByLabel("the geometric mean, renormalised")).toBeChecked();
  await expect(page.locator('input[name="frameworks"][value="imsi"]')).not.toBeChecked();
  await expect(page.locator('input[name="frameworks"][value="hope"]')).toBeChecked();
  expect(await wcagViolations(page)).toEqual([]);

  await closes.fill(`${new Date().getFullYear() + 1}-01-01`);
  await create.click();
  await expect(page.getByRole("status")).toContainText("Send each participant their own link");
  await expect(page.locator(".panel-links code")).toHaveCount(2);
  const href = (await page.getByRole("link", { name: "See the panel's result" }).getAttribute("href")) ?? "";
  const result = await (await page.request.get(`/api/panels/${href.split("/").pop()}/result`)).json();
  expect(result).toMatchObject({ aggregation: "geometric", frameworks: expect.not.arrayContaining(["imsi"]) });
  expect(result.frameworks).toHaveLength(4);
});

test("a participant of an AHP panel weighs by comparing in pairs, and the result takes the weights the answers imply", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signInAsNewEditor(page, "panel-ahp");
  await page.goto("/panels");
  await page.getByLabel("Title").fill("Pairwise round");
  await page.getByLabel("The question participants answer").fill("Which matters more when the proposals are weighed?");
  await page.getByLabel("by comparing the criteria in pairs").check();
  await page.getByLabel("the geometric mean, renormalised").check();
  const criteria = page.locator('input[name="criteria"]');
  for (let i = 0; i < (await criteria.count()); i++) await criteria.nth(i).uncheck();
  await page.locator('input[name="criteria"][value="inclusion-all-littoral"]').check();
  await page.locator('input[name="criteria"][value="viability"]').check();
  await page.getByLabel("Participants, one label per line").fill("Muscat desk");
  await page.getByRole("button", { name: "Create the panel" }).click();
  await expect(page.getByRole("status")).toContainText("Send each participant their own link");
  const [link] = await page.locator(".panel-links code").allTextContents();

  const context = await browser.newContext();
  const participant = await context.newPage();
  await participant.goto(link!);
  // Two criteria in two categories: one question, the categories against each other.
  const pair = participant.getByRole("slider");
  await expect(pair).toHaveCount(1);
  await pair.focus();
  await participant.keyboard.press("End");
  const words = (await participant.locator(".pair__words").textContent()) ?? "";
  expect(words).toMatch(/extremely more important/);
  await participant.getByRole("button", { name: "Submit my weights" }).click();
  await expect(participant.getByRole("status").filter({ hasText: "Submitted" })).toBeVisible();
  await context.close();

  await page.getByRole("link", { name: "See the panel's result" }).click();
  await expect(page.getByText("weights by comparing pairs")).toBeVisible();
  const slug = new URL(page.url()).pathname.split("/").pop()!;
  const result = await (await page.request.get(`/api/panels/${slug}/result`)).json();
  // "Extremely more important" is 9 to 1: nine tenths of the weight on the favoured criterion.
  const favoured = words.startsWith("Membership") ? "inclusion-all-littoral" : "viability";
  const other = favoured === "viability" ? "inclusion-all-littoral" : "viability";
  expect(result.weights[favoured]).toBeCloseTo(0.9, 6);
  expect(result.weights[other]).toBeCloseTo(0.1, 6);
});
