import { expect, test } from "./support/own-server";
import { wcagViolations } from "./support/axe";
import { apiWrite, createEditor, PASSWORD, signInAsNewEditor } from "./support/editor";

/** What the data stores as the rationale of a cell no editor has assessed yet, and (messages/ar.json's evidence.notAssessed) what an Arabic page says of it. */
const NOT_ASSESSED_EN = "Not assessed yet: no editor has recorded a value for this framework on this criterion.";
const NOT_ASSESSED_AR = "لم يُقيَّم بعد: لم يسجّل أي محرّر قيمةً لهذا الإطار على هذا المعيار.";

// The editors' flows: each worker serves its own database (support/own-server.ts), so these
// run beside the read-only tests and each other, and no other test sees a half-made change.

test("an editor created by npm run user:create signs in and out", async ({ page }) => {
  const email = createEditor("editor");
  await page.goto("/login");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill("wrong password entirely");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "wrong e-mail or password" })).toBeVisible();
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("status")).toContainText(`Signed in as ${email} (editor)`);
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: /· account$/ }).getByTitle(`Signed in as ${email} (editor)`)).toBeVisible();
  expect(await wcagViolations(page)).toEqual([]);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Sign in" })).toBeVisible();
});

test("an editor edits an assessment with a citation picked in the source, sees it in the matrix and the history, reverts it, and signs out", async ({
  page,
}) => {
  const email = await signInAsNewEditor(page, "editor-edit");

  await page.goto("/frameworks/gcc-centric");
  await page.getByRole("link", { name: "Edit Acceptability to Iran" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Acceptability to Iran");
  await expect(page.getByLabel("Value")).toHaveValue("-2");

  // Pick lines 881-883 in the source viewer: click the first line number, Shift+click the last.
  await page.getByRole("link", { name: "Pick lines in the source viewer" }).click();
  // It opens where the current citation starts (line 881), with nothing selected yet.
  await expect(page).toHaveURL(/[?&]at=881(&|$)/);
  await expect(page.getByRole("link", { name: "Line 881", exact: true })).toBeInViewport();
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

  await page.goto("/frameworks/gcc-centric/assessments/acceptability-ir/edit");
  await page.getByRole("link", { name: "History of this assessment" }).click();
  // The oldest matching row: once reverted, the revert (newest first) matches too.
  const row = page.getByRole("row").filter({ hasText: "assessment gcc-centric/acceptability-ir · value" }).last();
  await expect(row).toContainText(email);
  await expect(row).toContainText("-2 → -1");
  await expect(row).toContainText("Browser test");
  // The save changed the value, the rationale and the citations: it is undone as one.
  await expect(row).toContainText(/With #\d+/);
  const save = page.getByRole("row").filter({ has: page.getByRole("button", { name: "Revert the save" }) });
  await expect(save).toHaveCount(1);
  await save.getByLabel(/Why revert the save/).fill("Back to the original reading");
  await save.getByRole("button", { name: "Revert the save" }).click();
  await expect(row).toContainText(/Reverted by #\d+/);
  // The undo is a save of its own, undoable in turn: its row now carries the only button.
  await expect(save).toContainText("Revert of change #");
  await page.goto("/compare");
  await expect(page.getByRole("button", { name: /^GCC-centric on Acceptability to Iran: −2/ })).toBeVisible();

  await page.goto("/login");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
  await page.goto("/frameworks/gcc-centric/assessments/acceptability-ir/edit");
  await expect(page.getByText("Sign in as an editor")).toBeVisible();
});

test("an editor who follows a link away from unsaved changes is asked first, and keeps them by saying no", async ({ page }) => {
  await signInAsNewEditor(page, "editor-leave");
  await page.goto("/frameworks/imsi/assessments/viability/edit");
  await expect(page.getByLabel("Value")).toBeVisible();
  const typed = "Typed, not yet saved: this must survive a click on the header.";
  await page.getByLabel("Rationale").fill(typed);
  const asked: string[] = [];
  page.once("dialog", (dialog) => (asked.push(dialog.message()), dialog.dismiss()));
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Compare", exact: true }).click();
  await expect.poll(() => asked).toEqual(["Your changes here are not saved. Leave the page and lose them?"]);
  await expect(page).toHaveURL(/\/assessments\/viability\/edit/);
  await expect(page.getByLabel("Rationale")).toHaveValue(typed);
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Compare", exact: true }).click();
  await expect(page).toHaveURL(/\/compare/);
});

test("an editor adds a framework the paper discusses as an idea, and it appears in the matrix and the exports", async ({ page, request }) => {
  await signInAsNewEditor(page, "editor-new");

  await page.goto("/frameworks/new");
  await page.getByRole("link", { name: "Pick lines in the source viewer" }).click();
  await page.getByRole("link", { name: "Line 675", exact: true }).click();
  await page.getByRole("link", { name: "Line 677", exact: true }).click({ modifiers: ["Shift"] });
  // At 1000 px the header's links take two lines: the pick bar sticks below the header, not under it.
  await page.setViewportSize({ width: 1000, height: 720 });
  await page.getByRole("link", { name: "Line 676", exact: true }).scrollIntoViewIfNeeded();
  await expect
    .poll(async () => {
      const [header, bar] = await Promise.all([".site-header", ".pick-bar"].map((s) => page.locator(s).evaluate((e) => e.getBoundingClientRect().toJSON())));
      return { wrapped: header.height > 70, clear: bar.top >= header.bottom };
    })
    .toEqual({ wrapped: true, clear: true });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.getByRole("link", { name: "Use these lines as the citation" }).click({ timeout: 5000 });
  await expect(page.getByText(/modelled upon the all-inclusive but weak Organisation for Security and Cooperation in Europe/)).toBeVisible();
  const slug = `osce-style-${Date.now() % 100000}`;
  await page.getByLabel(/^Slug/).fill(slug);
  await page.getByLabel("Name", { exact: true }).fill("An OSCE-style regional conference");
  await page.getByLabel("Short name", { exact: true }).fill("OSCE-style");
  await page.getByLabel("Proposer").selectOption("ru");
  await page
    .getByLabel("Summary", { exact: true })
    .fill("The older Russian idea of an all-inclusive regional architecture modelled on the OSCE, which the paper calls vague.");
  await page.getByLabel("Reason (recorded)").fill("The paper discusses it as an idea");
  await page.getByRole("button", { name: "Add the framework" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Added." })).toBeVisible();

  // Its roles come next: Russia, whose earlier initiatives these were, leads it.
  await page.goto(`/frameworks/${slug}`);
  await page.getByLabel("Add or change the role of").selectOption("ru");
  await page.getByRole("button", { name: "Open the role" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Russia in OSCE-style");
  await page.getByRole("link", { name: "Pick lines in the source viewer" }).click();
  await page.getByRole("link", { name: "Line 673", exact: true }).click();
  await page.getByRole("link", { name: "Line 674", exact: true }).click({ modifiers: ["Shift"] });
  await page.getByRole("link", { name: "Use these lines as the citation" }).click();
  // The picked lines join the form once it runs, in the same reset that takes back a kept draft: a field filled before that would be overwritten.
  await expect(page.getByRole("button", { name: "Remove the citation of lines 673–674" })).toBeVisible();
  await page.getByLabel("Role").selectOption("leader");
  await page.getByLabel("Rationale").fill("These were Moscow's own earlier initiatives, so Russia leads the idea.");
  await page.getByLabel("Reason for this change (recorded)").fill("Adding the proposer's role");
  await page.getByRole("button", { name: "Save the role" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved as version 1." })).toBeVisible();
  await page.goto(`/frameworks/${slug}`);
  await expect(page.getByRole("region", { name: "Who is in, who is watching, who is left out" })).toContainText("Russia");

  await page.goto("/compare");
  await expect(page.getByRole("button", { name: /^OSCE-style on Acceptability to Iran: no value/ })).toBeVisible();
  await expect(page.getByRole("list", { name: "Frameworks ranked, best first" }).locator("li")).toHaveCount(6);
  expect(await (await request.get("/api/export?format=csv")).text()).toContain("An OSCE-style regional conference");
  const stored = await request.get(`/api/frameworks/${slug}`);
  expect(stored.status()).toBe(200);

  // Its empty assessments say so in the reader's language; the API keeps the English placeholder the data holds.
  expect((await stored.json()).assessments.map((a: { rationale: string }) => a.rationale)).toContain(NOT_ASSESSED_EN);
  await page.goto(`/ar/frameworks/${slug}`);
  await expect(page.getByText(NOT_ASSESSED_AR).first()).toBeVisible();
  await expect(page.getByText(NOT_ASSESSED_EN)).toHaveCount(0);
});

test("an editor saves the view on screen as a scenario and opens it again from /scenarios", async ({ page }) => {
  await signInAsNewEditor(page, "scenario");

  await page.goto("/compare?preset=us-gulf-deterrence&method=topsis&cw=membership:10");
  const ranking = page.getByRole("list", { name: "Frameworks ranked, best first" });
  await expect(ranking.locator("li").first()).toBeVisible();
  const before = await ranking.locator("li").allTextContents();
  await page.getByText("Save this view as a scenario").click();
  const title = `Deterrence without membership ${Date.now()}`;
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("What it weighs, and why").fill("Deterrence first, membership almost ignored.");
  await page.getByRole("button", { name: "Save scenario" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved as" })).toBeVisible();

  await page.goto("/scenarios");
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  expect(await wcagViolations(page)).toEqual([]);
  await page.getByRole("link", { name: `Open ${title} in the compare view` }).click();
  await expect(page).toHaveURL(/\/compare\?w=/);
  await expect(page.getByRole("radio", { name: /TOPSIS/ })).toBeChecked();
  await expect.poll(() => page.getByRole("list", { name: "Frameworks ranked, best first" }).locator("li").allTextContents()).toEqual(before);
});

test("an editor changes a framework, keeps the draft across the source viewer, merges a conflict, deletes the framework and restores it", async ({ page }) => {
  await signInAsNewEditor(page, "framework-edit");
  const slug = `joint-proposal-${Date.now() % 100000}`;
  const [citation] = (await (await page.request.get("/api/frameworks/hope")).json()).summaryCitations;
  await apiWrite(page, "POST", "/api/frameworks", {
    slug,
    name: "A joint Russia–EU–China proposal",
    shortName: "Joint proposal",
    proposer: null,
    announced: null,
    summary: "An idea the paper mentions: a joint proposal by Russia, the EU and China.",
    summaryCitations: [citation],
    reason: "Setting up the test",
  });

  await page.goto(`/frameworks/${slug}`);
  await page.getByRole("link", { name: "Edit the framework" }).click();
  await page.getByLabel("Short name", { exact: true }).fill("Joint RU-EU-CN");
  await page.getByRole("link", { name: "Pick lines in the source viewer" }).click();
  await page.getByRole("link", { name: "Line 881", exact: true }).click();
  await page.getByRole("link", { name: "Line 883", exact: true }).click({ modifiers: ["Shift"] });
  await page.getByRole("link", { name: "Use these lines as the citation" }).click();
  // Back on the form: the unsaved short name survived the trip, and the picked lines joined the citations.
  await expect(page.getByText("Your unsaved changes were kept while you picked lines.")).toBeVisible();
  await expect(page.getByLabel("Short name", { exact: true })).toHaveValue("Joint RU-EU-CN");
  await expect(page.getByRole("button", { name: "Remove the citation of lines 881–883" })).toBeVisible();
  await page.getByLabel("Reason (recorded)").fill("A shorter name and a second passage");
  await page.getByRole("button", { name: "Save the framework" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved as version 2" })).toBeVisible();
  // Saved: the kept-draft notice and the picked lines in the address have done their job.
  await expect(page.getByText("Your unsaved changes were kept while you picked lines.")).toHaveCount(0);
  await expect.poll(() => new URL(page.url()).searchParams.has("cite")).toBe(false);

  // Someone else renames it meanwhile: the form shows theirs beside mine, field by field, and
  // puts my change (the summary) on top of theirs (the name), to save again.
  await apiWrite(page, "PATCH", `/api/frameworks/${slug}`, { name: "Renamed elsewhere", version: 2, reason: "A concurrent edit" });
  const summary = "An idea the paper mentions in passing: a joint proposal by Russia, the EU and China.";
  await page.getByLabel("Summary", { exact: true }).fill(summary);
  await page.getByLabel("Reason (recorded)").fill("A fuller summary");
  await page.getByRole("button", { name: "Save the framework" }).click();
  const conflict = page.getByRole("alert").filter({ hasText: "Someone changed this framework while you were editing" });
  await expect(conflict.getByRole("row", { name: /^Name/ })).toContainText("Renamed elsewhere");
  await expect(conflict.getByRole("row", { name: /^Summary/ })).toContainText("in passing");
  expect(await wcagViolations(page)).toEqual([]);
  await conflict.getByRole("button", { name: "Put my changes on top of theirs" }).click();
  await expect(page.getByRole("status").filter({ hasText: "check the form and save again" })).toBeVisible();
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue("Renamed elsewhere");
  await expect(page.getByLabel("Summary", { exact: true })).toHaveValue(summary);
  // Renamed again before the merged form is saved: a second conflict merges against the newer
  // record, so only the summary (the editor's own change) goes on top, and the new name stays.
  await apiWrite(page, "PATCH", `/api/frameworks/${slug}`, { name: "Renamed twice", version: 3, reason: "Another concurrent edit" });
  await page.getByRole("button", { name: "Save the framework" }).click();
  await expect(conflict.getByRole("row", { name: /^Name/ })).toContainText("Renamed twice");
  await conflict.getByRole("button", { name: "Put my changes on top of theirs" }).click();
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue("Renamed twice");
  await expect(page.getByLabel("Summary", { exact: true })).toHaveValue(summary);
  await page.getByRole("button", { name: "Save the framework" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved as version 5" })).toBeVisible();
  const stored = await (await page.request.get(`/api/frameworks/${slug}`)).json();
  expect([stored.name, stored.summary]).toEqual(["Renamed twice", summary]);

  await page.getByLabel("Reason for deleting (recorded)").fill("Testing deletion");
  await expect(page.getByRole("button", { name: "Delete the framework" })).toBeDisabled();
  await page.getByLabel("I understand what this deletes").check();
  await page.getByRole("button", { name: "Delete the framework" }).click();
  await expect(page).toHaveURL(/\/history\?entity=framework$/);
  expect((await page.request.get(`/api/frameworks/${slug}`)).status()).toBe(404);
  const row = page.getByRole("row").filter({ hasText: `delete framework ${slug}` });
  await expect(row).toContainText("Deleted “Renamed twice” with 0 roles and 36 assessments");
  await row.getByLabel(/Why restore/).fill("Deleted by mistake");
  await row.getByRole("button", { name: "Restore" }).click();
  await expect(row).toContainText(/Reverted by #\d+/);
  await page.goto(`/frameworks/${slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Renamed twice");
});

test("an editor adds a criterion and an actor, sees field errors beside their fields, and reverts a change from the actor's history", async ({ page }) => {
  await signInAsNewEditor(page, "vocabulary");
  await page.goto("/data");
  await page.getByRole("link", { name: "Add a criterion" }).click();
  await page.getByLabel(/^Slug/).fill("Not A Slug");
  await page.getByRole("button", { name: "Add the criterion" }).click();
  await expect(page.locator("#slug-error")).toBeVisible();
  await expect(page.locator("#name-error")).toBeVisible();

  const slug = `maritime-rules-${Date.now() % 100000}`;
  await page.getByLabel(/^Slug/).fill(slug);
  await page.getByLabel("Name", { exact: true }).fill("Maritime incident rules");
  await page.getByLabel("Category").selectOption("military-cbm");
  await page.getByLabel("What it measures", { exact: true }).fill("Whether the framework proposes rules for incidents at sea.");
  await page.getByLabel("Meaning of label 1").fill("no rules");
  await page.getByLabel("Meaning of label 2").fill("binding rules");
  await page.getByLabel("Reason (recorded)").fill("A criterion the debate suggests");
  await page.getByRole("button", { name: "Add the criterion" }).click();
  await expect(page).toHaveURL(new RegExp(`/criteria/${slug}/edit$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Edit the criterion Maritime incident rules");
  await expect(page.getByRole("row").filter({ hasText: `create criterion ${slug} · name` })).toBeVisible();
  await page.goto("/compare");
  await expect(page.getByRole("button", { name: /^HOPE on Maritime incident rules: no value/ })).toBeVisible();

  await page.goto("/actors/new");
  await page.getByLabel(/^Slug/).fill("turkey");
  await page.getByLabel("Name", { exact: true }).fill("Turkey");
  await page.getByLabel("Reason (recorded)").fill("A neighbour the debate names");
  await page.getByRole("button", { name: "Add the actor" }).click();
  await expect(page.locator("#slug-error")).toContainText("ISO 3166-1 alpha-2");
  await page.getByLabel(/^Slug/).fill("tr");
  await page.getByRole("button", { name: "Add the actor" }).click();
  await expect(page).toHaveURL(/\/actors\/tr\/edit$/);
  // Adding it again offers no merge into the existing actor: the slug is taken, said beside it.
  await page.goto("/actors/new");
  await page.getByLabel(/^Slug/).fill("ir");
  await page.getByLabel("Name", { exact: true }).fill("Clobbered Iran");
  await page.getByLabel("Reason (recorded)").fill("Trying a taken slug");
  await page.getByRole("button", { name: "Add the actor" }).click();
  await expect(page.locator("#slug-error")).toContainText("“ir” is taken");
  await expect(page.getByRole("button", { name: "Put my changes on top of theirs" })).toHaveCount(0);
  expect((await (await page.request.get("/api/actors")).json()).actors.find((a: { slug: string }) => a.slug === "ir").name).toBe("Iran");
  await page.goto("/actors/tr/edit");
  await page.getByLabel("Name", { exact: true }).fill("Republic of Türkiye");
  await page.getByLabel("Reason (recorded)").fill("Its official name");
  await page.getByRole("button", { name: "Save the actor" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved as version 2" })).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: "update actor tr · name" }).last();
  await expect(row).toContainText("Its official name");
  await row.getByLabel(/Why revert/).fill("The short name is the convention here");
  await row.getByRole("button", { name: "Revert" }).click();
  await expect(row).toContainText(/Reverted by #\d+/);
  await page.reload();
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue("Turkey");
  expect(await wcagViolations(page)).toEqual([]);
});

test("an editor removes a role from its page and restores it from the framework's history", async ({ page }) => {
  await signInAsNewEditor(page, "role-removal");
  await page.goto("/frameworks/imsi/participants/au/edit");
  await page.getByLabel("Reason for deleting (recorded)").fill("Checking the removal");
  await page.getByLabel("I understand what this deletes").check();
  await page.getByRole("button", { name: "Delete this role" }).click();
  await expect(page).toHaveURL(/\/frameworks\/imsi\/history$/);
  expect((await (await page.request.get("/api/frameworks/imsi")).json()).participants.some((p: { actor: string }) => p.actor === "au")).toBe(false);
  const row = page.getByRole("row").filter({ hasText: "delete participant imsi/au" });
  await expect(row).toContainText("Removed the role “member”");
  await row.getByLabel(/Why restore/).fill("Australia is named in the coalition");
  await row.getByRole("button", { name: "Restore" }).click();
  await expect(row).toContainText(/Reverted by #\d+/);
  expect((await (await page.request.get("/api/frameworks/imsi")).json()).participants.find((p: { actor: string }) => p.actor === "au")).toMatchObject({
    role: "member",
  });
});

test("an editor applies an import with a reason, and the history records it", async ({ page }) => {
  const email = await signInAsNewEditor(page, "importer");
  const exported = JSON.parse(await (await page.request.get("/api/export?format=json")).text());
  const hope = exported.dataset.frameworks.find((f: { slug: string }) => f.slug === "hope");
  hope.assessments[0].rationale = "Changed through an import in the browser test, with a reason.";
  await page.goto("/import");
  await page
    .getByLabel("File", { exact: true })
    .setInputFiles({ name: "changed.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(exported)) });
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.getByRole("heading", { name: "What this import would change" })).toBeVisible();
  await page.getByLabel(/^Reason/).fill("Bringing in an edited sheet");
  await page.getByRole("button", { name: "Import: apply all of it" }).click();
  await expect(page.getByRole("heading", { name: "Imported" })).toBeVisible();
  await page.goto("/history?entity=dataset");
  const row = page.getByRole("row").filter({ hasText: "import dataset changed.json" });
  await expect(row).toContainText(email);
  await expect(row).toContainText("Bringing in an edited sheet");
});

test("a reader sent to sign in from an edit page comes straight back to it", async ({ page }) => {
  const email = createEditor("returning");
  await page.goto("/frameworks/hope/assessments/acceptability-ir/edit");
  await page.getByRole("link", { name: "Sign in as an editor" }).click();
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/frameworks\/hope\/assessments\/acceptability-ir\/edit$/);
  await expect(page.getByLabel("Value")).toBeVisible();
});
