import fs from "node:fs";
import { expect, type Page, test } from "./support/warm-context";
import { wcagViolations } from "./support/axe";
import { expectNoMissingMessage } from "./support/missing-message";

/**
 * The reading pages beyond /compare and the home page, in each language (i18n.spec.ts checks
 * those two): lang and dir, no missing message, a translated heading and a name of the
 * vocabulary in the page's language, no English heading left, numbers in the page's digits; in
 * Arabic an axe scan and no sideways scrolling at 390 px. One page load per page and language.
 */

type Language = "en" | "ar" | "fa" | "ru";

type PageCheck = {
  path: string;
  /** The page's own h1 in each language (for a framework, its name held as data). */
  title: Record<Language, string>;
  /** A name of the vocabulary (held as data) that the page shows, and where (pages that show some). */
  vocabulary?: { selector: string; text: Record<Language, string> };
  /** Text of the English page (headings, chart titles, sentences): a translated page shows none of it. */
  english: string[];
  /** Where a number from the data is shown, to check its digits (pages that show one). */
  number?: string;
  /** What shows once the page is drawn on the client (its charts, the highlighted lines). */
  ready: string;
  /** Anything else the page must get right in every language. */
  also?: (page: Page, lang: Language) => Promise<void>;
};

const PAGES: PageCheck[] = [
  {
    path: "/frameworks/hope",
    title: {
      en: "Coalition for HOPE (Hormuz Peace Endeavor)",
      ar: "مبادرة هرمز للسلام (HOPE)",
      fa: "طرح صلح هرمز (HOPE)",
      ru: "Ормузская мирная инициатива (HOPE)",
    },
    vocabulary: {
      selector: "#criterion-viability h4",
      text: {
        en: "Viability as the paper judges it",
        ar: "قابلية التطبيق كما تقدّرها الدراسة",
        fa: "اجراپذیری از نگاه پژوهش",
        ru: "Жизнеспособность в оценке автора",
      },
    },
    english: [
      "Who is in, who is watching, who is left out",
      "In the inclusiveness charts",
      "Assessments by category",
      "Inclusive region or exclusive bloc?",
      "How acceptable is each framework to whom?",
      "Profiles by category",
    ],
    number: ".meter strong",
    ready: ".index-point",
  },
  {
    path: "/inclusiveness",
    title: {
      en: "Who is in, who is watching, who is left out",
      ar: "من في الداخل، ومن يراقب، ومن بقي خارجًا",
      fa: "چه کسی درون است، چه کسی ناظر است، چه کسی بیرون مانده است",
      ru: "Кто внутри, кто наблюдает, кто остаётся в стороне",
    },
    // Iran's row in the roles matrix: an actor's name held as data.
    vocabulary: { selector: ".table-wrap .roles-matrix tr[data-actor=ir] th", text: { en: "Iran", ar: "إيران", fa: "ایران", ru: "Иран" } },
    english: [
      "How the inclusiveness index is computed",
      "Who is in, who observes, who is left out or targeted",
      "Inclusive region or exclusive bloc?",
      "How acceptable is each framework to whom?",
      "Profiles by category",
      "What each criterion contributes",
    ],
    number: ".settings-line",
    ready: ".index-point",
  },
  {
    path: "/sources",
    title: { en: "Sources", ar: "المصادر", fa: "منابع", ru: "Источники" },
    english: ["The documents the data rests on", " lines · revision ", "claims rest on it", "only what it supports, on the compare page"],
    number: ".card__meta",
    ready: ".card",
  },
  {
    path: "/sources/stepanova-2020#L884-L886",
    // The source's own title, in its own language, on a page in any language.
    title: {
      en: "Russia's Foreign and Security Policy in the Middle East: Entering the 2020s",
      ar: "Russia's Foreign and Security Policy in the Middle East: Entering the 2020s",
      fa: "Russia's Foreign and Security Policy in the Middle East: Entering the 2020s",
      ru: "Russia's Foreign and Security Policy in the Middle East: Entering the 2020s",
    },
    english: ["a citation link opens this text at its lines", "Highlighted: lines", "Revision 1 of 1"],
    number: ".cited-banner",
    ready: ".cited-banner",
    also: async (page) => {
      // The English text keeps its language and runs left to right, with its line numbers, on a right-to-left page too.
      await expect(page.locator("h1")).toHaveAttribute("lang", "en");
      await expect(page.locator(".source-text")).toHaveAttribute("dir", "ltr");
      await expect(page.locator("#L884 .source-line__text")).toHaveAttribute("lang", "en");
      await expect(page.locator("#L885")).toHaveAttribute("data-highlighted", "true");
    },
  },
  {
    path: "/data",
    title: { en: "Criteria and actors", ar: "المعايير والجهات الفاعلة", fa: "معیارها و کنشگران", ru: "Критерии и акторы" },
    vocabulary: { selector: "#actor-ir strong", text: { en: "Iran", ar: "إيران", fa: "ایران", ru: "Иран" } },
    english: ["The vocabulary every framework is assessed in", "(benefit, ", "Gulf littoral states", "Outside powers and organisations", ", world power)"],
    // The criterion's scale, from −2 to +2.
    number: "#criterion-viability .small",
    ready: "#actor-ir",
  },
  {
    path: "/login",
    title: { en: "Sign in", ar: "تسجيل الدخول", fa: "ورود", ru: "Вход" },
    // The form's labels show once the session has been checked (#email).
    english: ["Editors sign in to keep the data current", "Reading needs no account", "E-mail", "Password", "must be an e-mail address"],
    ready: "#email",
    // An address the browser takes and the server refuses (no domain): its error in the page's language.
    also: async (page, lang) => {
      await page.locator("#email").fill("editor@localhost");
      await page.locator("#password").fill("not the password");
      await page.locator("form.sign-in button[type=submit]").click();
      const notEmail = {
        en: "must be an e-mail address",
        ar: "يجب أن يكون عنوان بريد إلكتروني",
        fa: "باید نشانی رایانامه باشد",
        ru: "должно быть адресом электронной почты",
      };
      await expect(page.locator("form.sign-in [role=alert]")).toContainText(notEmail[lang]);
    },
  },
  {
    path: "/compare/pairwise",
    title: {
      en: "Weigh by pairwise comparison",
      ar: "تحديد الأوزان بالمقارنة الزوجية",
      fa: "وزن‌دهی با مقایسهٔ دوبه‌دو",
      ru: "Веса через попарное сравнение",
    },
    // The categories compared first, named from the vocabulary.
    vocabulary: {
      selector: ".pairwise-matrix__weights tbody th >> nth=0",
      text: { en: "Membership & inclusiveness", ar: "العضوية والشمول", fa: "عضویت و فراگیری", ru: "Членство и инклюзивность" },
    },
    english: [
      "Rather than setting weights directly",
      "Categories against each other",
      "Move each slider towards the more important",
      "How much more important is",
      "are equally important",
      "Consistency ratio",
      "The weights these answers give",
      "Use these weights",
      "Apply these weights to /compare",
      "Every criterion's weight",
      "Next: ",
    ],
    // Saaty's intensities under a slider, 9 at its start.
    number: ".pair__ticks span",
    ready: ".pair",
  },
  {
    // Signed out, the page offers the sign-in (writes-i18n.spec.ts fills its form as an editor).
    path: "/sources/new",
    title: { en: "Add a source", ar: "إضافة مصدر", fa: "افزودن منبع", ru: "Добавить источник" },
    english: ["The text of a source the data can cite", "a scan without a text layer cannot be cited", "Sign in as an editor", "to add a source"],
    ready: "main .notice",
  },
  {
    path: "/import",
    title: { en: "Import", ar: "الاستيراد", fa: "وارد کردن", ru: "Импорт" },
    english: ["Bring a dataset or a view back in", "(10 MB at most)", "No changes: the file matches the data", "Records", "Removed"],
    // The summary of what an import would change: the counts.
    number: "#import-preview + table td",
    ready: "#import-file",
    also: async (page) => {
      const exported = await (await page.request.get("/api/export?format=json")).body();
      await page.locator("#import-file").setInputFiles({ name: "export.json", mimeType: "application/json", buffer: exported });
      await page.locator(".import form button[type=submit]").click();
      await expect(page.locator("#import-preview")).toBeVisible();
    },
  },
];

const LANGUAGES: Array<{ lang: Language; dir: "ltr" | "rtl"; digits: RegExp }> = [
  { lang: "en", dir: "ltr", digits: /[0-9]/ },
  { lang: "ar", dir: "rtl", digits: /[٠-٩]/ },
  { lang: "fa", dir: "rtl", digits: /[۰-۹]/ },
  { lang: "ru", dir: "ltr", digits: /[0-9]/ },
];

/** What the sheet holds wrong (row 2 an unknown slug, row 3 a weight that is no number), as each language says it; the cells' values as written. */
const BAD_SHEET = ["Criterion,Slug,Category,Direction,Weight (normalised)", "X,made-up,,,1", "Viability,viability,,,heavy"].join("\r\n");
const BAD_SHEET_ISSUES: Record<Language, [string, string]> = {
  en: ['row 2, Slug: "made-up" is not a known criterion', 'row 3, Weight (normalised): "heavy" is not a number of 0 or more'],
  ar: ["الصف ٢، Slug: «made-up» ليس معيارًا معروفًا", "الصف ٣، Weight (normalised): «heavy» ليس عددًا يساوي ٠ أو يزيد عليه"],
  fa: ["ردیف ۲، Slug: «made-up» معیار شناخته‌شده‌ای نیست", "ردیف ۳، Weight (normalised): «heavy» عددی برابر با ۰ یا بیشتر نیست"],
  ru: ["строка 2, Slug: «made-up» — неизвестный критерий", "строка 3, Weight (normalised): «heavy» — не число от 0 и больше"],
};

/** Which of the English page's texts the page shows. */
async function englishShown(page: Page, english: string[]): Promise<string[]> {
  const text = (await page.locator("main").textContent()) ?? "";
  return english.filter((e) => text.includes(e));
}

for (const check of PAGES) {
  for (const { lang, dir, digits } of LANGUAGES) {
    const url = lang === "en" ? check.path : `/${lang}${check.path}`;
    const arabic = lang === "ar";
    test(`${url} is in ${lang}: lang, dir, messages, ${check.vocabulary ? "vocabulary, " : ""}digits${arabic ? ", axe clean, fits 390 px" : ""}`, async ({
      page,
    }) => {
      test.setTimeout(arabic ? 120_000 : 60_000);
      await page.goto(url);
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      await expect(page.locator("html")).toHaveAttribute("dir", dir);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(check.title[lang]);
      // Charts and highlights are drawn on the client: wait for them before reading the page's text.
      await expect(page.locator(check.ready).first()).toBeVisible();
      if (check.vocabulary) await expect(page.locator(check.vocabulary.selector)).toHaveText(check.vocabulary.text[lang]);
      await check.also?.(page, lang);
      // Fully translated in the seed, so nothing is marked as shown in English.
      await expect(page.locator(".untranslated-mark")).toHaveCount(0);
      await expectNoMissingMessage(page);
      if (check.number) await expect(page.locator(check.number).first()).toHaveText(digits);
      // The English page shows every one of these texts, so the check can fail.
      const english = await englishShown(page, check.english);
      if (lang === "en") expect(english).toEqual(check.english);
      else expect(english).toEqual([]);
      if (arabic) {
        expect(await wcagViolations(page)).toEqual([]);
        await page.setViewportSize({ width: 390, height: 844 });
        await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      }
    });
  }
}

// A sheet with bad rows: each issue in the page's language, its row in the page's digits, the cells' values isolated as the file held them.
for (const { lang, dir } of LANGUAGES) {
  const url = lang === "en" ? "/import" : `/${lang}/import`;
  test(`${url} says what an imported sheet holds wrong in ${lang}`, async ({ page }) => {
    await page.goto(url);
    await expect(page.locator("html")).toHaveAttribute("dir", dir);
    await page.locator("#import-file").setInputFiles({ name: "bad.csv", mimeType: "text/csv", buffer: Buffer.from(BAD_SHEET) });
    await page.locator(".import form button[type=submit]").click();
    const issues = page.locator("section[aria-labelledby=import-error] li");
    await expect(issues).toHaveText(BAD_SHEET_ISSUES[lang]);
    await expect(issues.first().locator("bdi").filter({ hasText: "made-up" })).toHaveCount(1);
    await expect(issues.nth(1).locator("bdi")).toHaveText(["Weight (normalised)", "heavy"]);
    await expectNoMissingMessage(page);
    if (lang !== "en")
      expect(await englishShown(page, ["is not a known criterion", "is not a number of 0 or more", "row 2", "Nothing was imported"])).toEqual([]);
  });
}

/** The seed dataset (its one source has one revision) made inconsistent in itself: an actor's slug twice, a proposer no actor has, a citation of a revision its source lacks. */
function inconsistentDataset() {
  const dataset = JSON.parse(fs.readFileSync("prisma/dataset.json", "utf8"));
  const [actor] = dataset.actors;
  const [framework] = dataset.frameworks;
  dataset.actors.push({ ...actor });
  framework.proposer = "nobody";
  framework.summaryCitations[0].revision = 99;
  const cited = framework.summaryCitations[0].document as string;
  return { buffer: Buffer.from(JSON.stringify(dataset)), actor: actor.slug as string, framework: framework.slug as string, cited };
}

const INCONSISTENT_ISSUES: Record<Language, (slugs: { actor: string; framework: string; cited: string }) => [string, string, string]> = {
  en: ({ actor, framework, cited }) => [
    `actors[${actor}].slug: slug "${actor}" is used twice`,
    `frameworks[${framework}].proposer: unknown actor "nobody"`,
    `frameworks[${framework}].summaryCitations[0].revision: "${cited}" has 1 revision, not 99`,
  ],
  ar: ({ actor, framework, cited }) => [
    `actors[${actor}].slug: المعرّف «${actor}» مستخدم مرتين`,
    `frameworks[${framework}].proposer: جهة فاعلة غير معروفة: «nobody»`,
    `frameworks[${framework}].summaryCitations[0].revision: للمصدر «${cited}» مراجعة واحدة، فلا مراجعة برقم ٩٩`,
  ],
  fa: ({ actor, framework, cited }) => [
    `actors[${actor}].slug: شناسهٔ «${actor}» دو بار به کار رفته است`,
    `frameworks[${framework}].proposer: بازیگر ناشناخته: «nobody»`,
    `frameworks[${framework}].summaryCitations[0].revision: «${cited}» ۱ ویرایش دارد، نه ویرایش ۹۹`,
  ],
  ru: ({ actor, framework, cited }) => [
    `actors[${actor}].slug: идентификатор «${actor}» использован дважды`,
    `frameworks[${framework}].proposer: неизвестный актор «nobody»`,
    `frameworks[${framework}].summaryCitations[0].revision: у «${cited}» 1 редакция, редакции 99 нет`,
  ],
};

// A JSON dataset inconsistent in itself: each of its own checks in the page's language, the slugs it held isolated, the revision in the page's digits.
for (const { lang, dir } of LANGUAGES) {
  const url = lang === "en" ? "/import" : `/${lang}/import`;
  test(`${url} says what an imported dataset holds inconsistent in ${lang}`, async ({ page }) => {
    await page.goto(url);
    await expect(page.locator("html")).toHaveAttribute("dir", dir);
    const { buffer, ...slugs } = inconsistentDataset();
    await page.locator("#import-file").setInputFiles({ name: "inconsistent.json", mimeType: "application/json", buffer });
    await page.locator(".import form button[type=submit]").click();
    const issues = page.locator("section[aria-labelledby=import-error] li");
    await expect(issues).toHaveText(INCONSISTENT_ISSUES[lang](slugs));
    await expect(issues.first().locator("bdi")).toHaveText([slugs.actor]);
    await expect(issues.nth(1).locator("bdi")).toHaveText(["nobody"]);
    // None of them is left in English, marked so.
    await expect(page.locator("section[aria-labelledby=import-error] [lang=en]")).toHaveCount(0);
    await expectNoMissingMessage(page);
    if (lang !== "en") expect(await englishShown(page, ["is used twice", "unknown actor", ", not 99", "Nothing was imported"])).toEqual([]);
  });
}
