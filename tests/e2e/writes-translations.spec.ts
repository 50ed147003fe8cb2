import { expect, test } from "./support/own-server";
import { wcagViolations } from "./support/axe";
import { signInAsNewEditor } from "./support/editor";

// The vocabulary's translations are edited in the editors' forms, saved through the audited
// write API, and shown on the pages in their language.

test("an editor changes a criterion's Arabic name and a scale label, the Arabic pages show them, and the history records the change", async ({ page }) => {
  const email = await signInAsNewEditor(page, "translator");
  await page.goto("/criteria/acceptability-ir/edit");
  const arabic = page.locator("details.translation-language").filter({ hasText: "Arabic" });
  await arabic.locator("summary").click();
  const name = page.getByLabel("Name (Arabic)");
  await expect(name).toHaveValue("القبول لدى إيران");
  await expect(name).toHaveAttribute("dir", "rtl");
  await expect(name).toHaveAttribute("lang", "ar");
  await name.fill("مقبولية الإطار لدى طهران");
  const labelOfTwo = page.getByLabel("Label of point 2 “Proposes or champions it” (Arabic)");
  await expect(page.getByLabel("Label of point -2 “Rejects or opposes it” (Arabic)")).toHaveValue("رفضه أو معارضته");
  await labelOfTwo.fill("يقترحه أو يتبنّاه صراحةً");
  // A Persian field left empty is no translation: the page shows the English there, marked.
  await page.locator("details.translation-language").filter({ hasText: "Persian" }).locator("summary").click();
  await page.getByLabel("Name (Persian)").fill("");
  await page.getByLabel("Reason (recorded)").fill("A clearer Arabic name");
  await page.getByRole("button", { name: "Save the criterion" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved as version 2" })).toBeVisible();

  const row = page.getByRole("row").filter({ hasText: "update criterion acceptability-ir · translations" });
  await expect(row).toBeVisible();
  await expect(row).toContainText(email);
  await expect(row).toContainText("A clearer Arabic name");
  // Per language and field, not the whole JSON: the Arabic name changed, a scale label, the Persian name removed.
  await expect(row).toContainText("Arabic · name: القبول لدى إيران → مقبولية الإطار لدى طهران");
  await expect(row).toContainText("Arabic · label of point 2:");
  await expect(row).toContainText("Persian · name:");
  await expect(row).not.toContainText('{"');

  const api = await (await page.request.get("/api/criteria")).json();
  const stored = api.criteria.find((c: { slug: string }) => c.slug === "acceptability-ir").translations;
  expect(stored.ar.name).toBe("مقبولية الإطار لدى طهران");
  expect(stored.ar.scaleLabels["2"]).toBe("يقترحه أو يتبنّاه صراحةً");
  expect(stored.fa.name).toBeUndefined();

  await page.goto("/ar/frameworks/hope");
  await expect(page.getByText("مقبولية الإطار لدى طهران").first()).toBeVisible();
  // The same change in the history's Arabic words.
  await page.goto("/ar/history?entity=criterion");
  const arabicRow = page.getByRole("row").filter({ hasText: "acceptability-ir" }).filter({ hasText: "مقبولية الإطار لدى طهران" });
  await expect(arabicRow).toContainText("العربية · الاسم: القبول لدى إيران ← مقبولية الإطار لدى طهران");
  await expect(arabicRow).toContainText("الفارسية · الاسم:");
  await page.goto("/fa/frameworks/hope");
  const english = page.getByText("Acceptability to Iran").first();
  await expect(english).toBeVisible();
});

test("the editors' forms speak the page's language, errors included, and type Arabic right to left", async ({ page }) => {
  await signInAsNewEditor(page, "arabic-forms");
  await page.goto("/ar/criteria/new");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("أضف معيارًا");
  await page.getByRole("button", { name: "أضف المعيار" }).click();
  await expect(page.locator("#name-error")).toHaveText("يجب ألّا يكون فارغًا");
  await expect(page.locator("#reason-error")).toHaveText("اذكر السبب في كلمات قليلة");

  // A check only the server makes comes back as a code and is said in Arabic too.
  await page.goto("/ar/actors/new");
  await page.getByLabel(/^المعرّف/).fill("turkey");
  await page.getByLabel("الاسم", { exact: true }).fill("Turkey");
  await page.getByLabel("السبب (يُسجَّل)").fill("جار يذكره النقاش");
  await page.getByRole("button", { name: "أضف الجهة الفاعلة" }).click();
  await expect(page.locator("#slug-error")).toHaveText("معرّف الدولة يجب أن يكون رمزها وفق ISO 3166-1 alpha-2 بحروف صغيرة");
  await page.locator("details.translation-language").filter({ hasText: "الفارسية" }).locator("summary").click();
  await expect(page.getByLabel("الاسم (الفارسية)")).toHaveAttribute("dir", "rtl");
  expect(await wcagViolations(page)).toEqual([]);

  // Every edit page in Persian, its deletion's consequences included, has each of its messages.
  for (const path of [
    "/fa/frameworks/hope/edit",
    "/fa/frameworks/hope/participants/ir/edit",
    "/fa/frameworks/hope/assessments/acceptability-ir/edit",
    "/fa/frameworks/new",
  ]) {
    await page.goto(path);
    await expect(page.locator("main")).not.toContainText("⟦missing");
    await expect(page.locator("main form").first()).toBeVisible();
  }
  await page.goto("/fa/frameworks/hope/edit");
  await expect(page.getByText(/را همراه با \S+ نقش و \S+ ارزیابی آن از همهٔ صفحه‌ها/)).toBeVisible();
});
