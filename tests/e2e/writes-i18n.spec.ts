import type { Page } from "@playwright/test";
import { wcagViolations } from "./support/axe";
import { apiWrite, signInAsNewEditor } from "./support/editor";
import { expectNoMissingMessage } from "./support/missing-message";
import { expect, test } from "./support/own-server";

/**
 * The pages an editor or a panel's participant sees, in each language (i18n-pages.spec.ts does
 * the reading pages): lang and dir, no missing message, a translated heading, no English text of
 * the English page left, numbers in the page's digits; in Arabic an axe scan and no sideways
 * scrolling at 390 px. They need a panel with answers and a scenario of the editor's own, so they
 * run on a database of their own: one page load per page and language.
 */

type Language = "en" | "ar" | "fa" | "ru";

const LANGUAGES: Array<{ lang: Language; dir: "ltr" | "rtl"; digits: RegExp }> = [
  { lang: "en", dir: "ltr", digits: /[0-9]/ },
  { lang: "ar", dir: "rtl", digits: /[٠-٩]/ },
  { lang: "fa", dir: "rtl", digits: /[۰-۹]/ },
  { lang: "ru", dir: "ltr", digits: /[0-9]/ },
];

type PageCheck = {
  path: string;
  /** The page's h1 in each language (a panel's title is as its editor wrote it). */
  title: Record<Language, string>;
  /** Text of the English page: a translated page shows none of it. */
  english: string[];
  /** Where a number is shown, to check its digits. */
  number: string;
  /** Anything to do before reading the page (open a form). */
  before?: (page: Page) => Promise<void>;
  /** Anything else the page must get right in every language. */
  also?: (page: Page, lang: Language) => Promise<void>;
};

const PANEL = "Gulf desks, autumn round";
const VIABILITY: Record<Language, string> = {
  en: "Viability as the paper judges it",
  ar: "قابلية التطبيق كما تقدّرها الدراسة",
  fa: "اجراپذیری از نگاه پژوهش",
  ru: "Жизнеспособность в оценке автора",
};

// The revert form's words and a refused revert's reason (a reason too short), and a scenario's title left empty.
const WHY: Record<Language, string> = { en: "why?", ar: "لماذا؟", fa: "چرا؟", ru: "почему?" };
const REASON_TOO_SHORT: Record<Language, string> = {
  en: "say why in a few words",
  ar: "اذكر السبب في كلمات قليلة",
  fa: "دلیل را در چند کلمه بگویید",
  ru: "объясните причину в нескольких словах",
};
const NEEDS_TITLE: Record<Language, string> = { en: "needs a title", ar: "يحتاج إلى عنوان", fa: "به عنوان نیاز دارد", ru: "нужно название" };
// The source upload form: a year it refuses before sending, then an empty file the server refuses, beside their fields.
const NOT_YEAR: Record<Language, string> = {
  en: "must be a year of four digits",
  ar: "يجب أن يكون سنة من أربعة أرقام",
  fa: "باید سالی چهاررقمی باشد",
  ru: "должно быть годом из четырёх цифр",
};
const FILE_EMPTY: Record<Language, string> = { en: "the file is empty", ar: "الملف فارغ", fa: "پرونده خالی است", ru: "файл пуст" };
// Reverting a change of the summary that a later change superseded: the server's reason, with the field and record in the page's words.
const ISOLATED_HOPE = "\u2068?hope\u2069?";
const FIELD_CHANGED: Record<Language, RegExp> = {
  en: /^framework hope summary has changed since change #\d+: revert the later change first, or edit it$/,
  ar: new RegExp(`^تغيّر الحقل «الملخص» في «إطار ${ISOLATED_HOPE}» منذ التغيير رقم [٠-٩]+: تراجع عن التغيير اللاحق أولًا، أو عدّله$`),
  fa: new RegExp(`^فیلد «خلاصه» در «چارچوب ${ISOLATED_HOPE}» پس از تغییر شمارهٔ [۰-۹]+ عوض شده است: نخست تغییر بعدی را بازگردانید یا آن را ویرایش کنید$`),
  ru: /^поле «краткое описание» записи «инициатива hope» изменилось после изменения № \d+: сначала отмените более позднее изменение или отредактируйте его$/,
};
const FIRST_READING = "A first reading of the summary";
const digitsOf = (lang: Language) => LANGUAGES.find((l) => l.lang === lang)!.digits;

// HOPE's short name held as data, in each language.
const HOPE_SHORT: Record<Language, string> = { en: "HOPE", ar: "مبادرة هرمز للسلام", fa: "طرح صلح هرمز", ru: "Ормузская мирная инициатива" };

function pages(slug: string, token: string): PageCheck[] {
  const samePanelTitle = { en: PANEL, ar: PANEL, fa: PANEL, ru: PANEL };
  return [
    {
      path: "/panels",
      title: { en: "Panels", ar: "لجان الخبراء", fa: "هیئت‌های کارشناسی", ru: "Экспертные группы" },
      english: ["Weighting as a group", " criteria · ", "New panel", "Participants give their weights", "uncheck to leave one out", "Create the panel"],
      number: ".card__meta",
    },
    {
      path: `/panels/${slug}`,
      title: samePanelTitle,
      english: [
        "members have answered",
        "aggregated by the arithmetic mean",
        "Not answered yet",
        "Participants' links",
        "The group's weights",
        "People disagree most on",
        "Agreement between the members' rankings",
        "Each member's ranking, best first",
        "Open the group's weights in the compare view",
      ],
      number: "section[aria-labelledby=group-weights] td",
      also: async (page, lang) => {
        // The criteria are named from the vocabulary in the page's language; the members' labels stay as written.
        await expect(page.locator("section[aria-labelledby=group-weights] tbody")).toContainText(VIABILITY[lang]);
        await expect(page.getByRole("table").nth(1).getByRole("columnheader").nth(2)).toHaveText("Muscat desk");
        // The group's ranking numbers its places in the page's digits (a list's own numbers are Latin).
        await expect(page.locator(".group-ranking__place").first()).toHaveText(digitsOf(lang));
      },
    },
    {
      path: `/panels/${slug}/respond/${token}`,
      title: samePanelTitle,
      english: ["You answer as", "How much should each consideration count?", "Comment (optional)", "Save draft", "Submit my weights"],
      number: ".weight__share",
      also: async (page, lang) => {
        await expect(page.locator("label[for=panel-viability-range]")).toHaveText(VIABILITY[lang]);
      },
    },
    {
      path: "/scenarios",
      title: { en: "Scenarios", ar: "السيناريوهات", fa: "سناریوها", ru: "Сценарии" },
      english: [
        "Named weight profiles",
        "Stakeholder preset · version",
        "Saved by",
        "Open in the compare view",
        "Editing version",
        "What it weighs, and why",
        "needs a title",
      ],
      number: ".card__meta",
      // The editor's own scenario opens its edit form.
      before: async (page) => {
        await page.locator(".scenario-changes > button").first().click();
        await expect(page.locator(".scenario-changes form")).toBeVisible();
      },
      // A title left empty is refused beside its field, in the page's language.
      also: async (page, lang) => {
        const form = page.locator(".scenario-changes form");
        await form.locator("input[type=text]").first().fill("");
        await form.locator("button[type=submit]").click();
        await expect(form.locator(".field-error").first()).toHaveText(NEEDS_TITLE[lang]);
      },
    },
    {
      path: "/history",
      title: { en: "Every change", ar: "كل التغييرات", fa: "همهٔ تغییرها", ru: "Все изменения" },
      english: [
        "The audit trail of the whole dataset",
        "When (UTC)",
        "update framework",
        " · summary",
        "Revert of change #",
        "Reverted by #",
        "Assessments",
        "Why revert",
        "say why in a few words",
        "has changed since change #",
      ],
      number: ".history time",
      // The revert form in the page's language: its placeholder, the server's refusal of a reason too short, and why it will not revert a save.
      also: async (page, lang) => {
        const revert = page.locator("form.revert").first();
        await expect(revert.locator("input")).toHaveAttribute("placeholder", WHY[lang]);
        await revert.locator("input").fill("x");
        await revert.locator("button").click();
        await expect(revert.getByRole("status")).toHaveText(REASON_TOO_SHORT[lang]);
        const superseded = page.locator("tr").filter({ hasText: FIRST_READING }).locator("form.revert");
        await superseded.locator("input").fill("The first reading was right");
        await superseded.locator("button").click();
        await expect(superseded.getByRole("status")).toHaveText(FIELD_CHANGED[lang]);
      },
    },
    {
      path: "/sources/new",
      title: { en: "Add a source", ar: "إضافة مصدر", fa: "افزودن منبع", ru: "Добавить источник" },
      english: [
        "The text of a source the data can cite",
        "File: UTF-8 text (.txt), Markdown (.md) or a PDF with a text layer",
        "Author (a person or an organisation)",
        "Web address of the original (optional)",
        "Language (a tag: en, ru, ar, fa...)",
        "Slug (optional: without one it is made from the author’s name)",
        "Reason (recorded)",
        "Preview the lines",
        "the file is empty",
        "some of what was sent is not valid",
      ],
      // The upload limit in the file's label.
      number: "label[for=source-file]",
      also: async (page, lang) => {
        // Refused in the browser before it is sent: a year that is not one, beside its field.
        await page.locator("#source-year").fill("20x4");
        await page.locator("form.edit-form button[type=submit]").click();
        await expect(page.locator("#year-error")).toHaveText(NOT_YEAR[lang]);
        // Refused by the server: an empty file, beside the file field, and the refusal above the button.
        await page.locator("#source-file").setInputFiles({ name: "empty.txt", mimeType: "text/plain", buffer: Buffer.alloc(0) });
        await page.locator("#source-title").fill("A statement");
        await page.locator("#source-author").fill("A ministry");
        await page.locator("#source-year").fill("2024");
        await page.locator("#source-reason").fill("A primary text");
        await page.locator("form.edit-form button[type=submit]").click();
        await expect(page.locator("#file-error")).toHaveText(FILE_EMPTY[lang]);
        await expect(page.locator("#year-error")).toHaveCount(0);
      },
    },
    {
      path: "/frameworks/hope/history",
      title: {
        en: `History of ${HOPE_SHORT.en}`,
        ar: `سجل ${HOPE_SHORT.ar}`,
        fa: `تاریخچهٔ ${HOPE_SHORT.fa}`,
        ru: `История: ${HOPE_SHORT.ru}`,
      },
      english: ["Every change to this framework", "When (UTC)", "update framework", " · name", "Every change"],
      number: ".history time",
      also: async (page, lang) => {
        // A field's name is translated, its values are shown as stored.
        const field = { en: "name", ar: "الاسم", fa: "نام", ru: "название" }[lang];
        await expect(page.locator(".history tbody tr").filter({ hasText: ", renamed" }).first()).toContainText(`· ${field}`);
      },
    },
  ];
}

/** Which of the English page's texts the page shows. */
async function englishShown(page: Page, english: string[]): Promise<string[]> {
  const text = (await page.locator("main").textContent()) ?? "";
  return english.filter((e) => text.includes(e));
}

test("a panel's pages, a participant's form and the scenarios an editor may change are in each language", async ({ page }) => {
  test.setTimeout(300_000);
  await signInAsNewEditor(page, "i18n");
  const { slug } = await apiWrite(page, "POST", "/api/panels", {
    title: PANEL,
    question: "How much should each consideration count when the ministry weighs the proposals?",
    criteria: ["viability", "inclusion-all-littoral"],
    aggregation: "arithmetic",
    anonymous: false,
  });
  const { invitations } = await apiWrite(page, "POST", `/api/panels/${slug}/invitations`, { labels: ["Muscat desk", "Doha desk", "Kuwait desk"] });
  // Two answers (so Kendall's W is defined) and one still to come.
  for (const [k, weights] of [
    { viability: 80, "inclusion-all-littoral": 20 },
    { viability: 30, "inclusion-all-littoral": 70 },
  ].entries()) {
    const answered = await page.request.put(`/api/panels/${slug}/responses/${invitations[k].token}`, { data: { weights, submit: true } });
    expect(answered.status()).toBe(200);
  }
  await apiWrite(page, "POST", "/api/scenarios/inclusive-dialogue/duplicate", {});
  // One save of two fields, then one of them reverted: the history shows a save, a revert and what it undid.
  const hope = await (await page.request.get("/api/frameworks/hope")).json();
  await apiWrite(page, "PATCH", "/api/frameworks/hope", {
    name: "HOPE, renamed",
    summary: `${hope.summary} (edited)`,
    version: hope.version,
    reason: "A test of the history in every language",
  });
  const { entries } = await (await page.request.get("/api/history?entity=framework")).json();
  const summaryChange = entries.find((e: { field: string | null }) => e.field === "summary");
  await apiWrite(page, "POST", `/api/history/${summaryChange.id}/revert`, { reason: "Back as it was", scope: "field" });
  // Two more changes of the summary: the first can no longer be reverted, the second came after it.
  for (const [k, reason] of [FIRST_READING, "A second reading of the summary"].entries()) {
    const { version } = await (await page.request.get("/api/frameworks/hope")).json();
    await apiWrite(page, "PATCH", "/api/frameworks/hope", { summary: `${hope.summary} (reading ${k + 1})`, version, reason });
  }

  for (const check of pages(slug, invitations[2].token)) {
    for (const { lang, dir, digits } of LANGUAGES) {
      await test.step(`${check.path.split("/respond/")[0]} in ${lang}`, async () => {
        // An unprefixed address follows the language last chosen (its cookie): English is asked for afresh.
        await page.context().clearCookies({ name: "NEXT_LOCALE" });
        await page.goto(lang === "en" ? check.path : `/${lang}${check.path}`);
        await expect(page.locator("html")).toHaveAttribute("lang", lang);
        await expect(page.locator("html")).toHaveAttribute("dir", dir);
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(check.title[lang]);
        await check.before?.(page);
        await check.also?.(page, lang);
        await expectNoMissingMessage(page);
        await expect(page.locator(check.number).first()).toHaveText(digits);
        // The English page shows every one of these texts, so the check can fail.
        const english = await englishShown(page, check.english);
        if (lang === "en") expect(english).toEqual(check.english);
        else expect(english).toEqual([]);
        if (lang === "ar") {
          expect(await wcagViolations(page)).toEqual([]);
          await page.setViewportSize({ width: 390, height: 844 });
          await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
          await page.setViewportSize({ width: 1280, height: 720 });
        }
      });
    }
  }
});

test("an editor's framework page fits a 390 px phone in each language, the form to add a role included", async ({ page }) => {
  await signInAsNewEditor(page, "phone");
  await page.setViewportSize({ width: 390, height: 844 });
  for (const { lang } of LANGUAGES) {
    await page.context().clearCookies({ name: "NEXT_LOCALE" });
    await page.goto(lang === "en" ? "/frameworks/hope" : `/${lang}/frameworks/hope`);
    // The select is as wide as its longest actor's name, unless the form holds it to the screen.
    const select = page.locator("#add-role-actor");
    await expect(select).toBeVisible();
    expect((await select.boundingBox())!.width, lang).toBeLessThanOrEqual(390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), lang).toBeLessThanOrEqual(0);
  }
});
