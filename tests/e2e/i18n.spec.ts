import { expect, type Page, test } from "./support/warm-context";
import { wcagViolations } from "./support/axe";
import { expectNoMissingMessage, MISSING } from "./support/missing-message";

/** With the seeded translations of a framework's name (HOPE) and a criterion's (viability), held as data. */
const LANGUAGES = [
  {
    prefix: "",
    lang: "en",
    dir: "ltr",
    compare: "Compare and weight",
    hope: "Coalition for HOPE (Hormuz Peace Endeavor)",
    viability: "Viability as the paper judges it",
  },
  { prefix: "/ar", lang: "ar", dir: "rtl", compare: "المقارنة والترجيح", hope: "مبادرة هرمز للسلام (HOPE)", viability: "قابلية التطبيق كما تقدّرها الدراسة" },
  { prefix: "/fa", lang: "fa", dir: "rtl", compare: "مقایسه و وزن‌دهی", hope: "طرح صلح هرمز (HOPE)", viability: "اجراپذیری از نگاه پژوهش" },
  {
    prefix: "/ru",
    lang: "ru",
    dir: "ltr",
    compare: "Сравнение и взвешивание",
    hope: "Ормузская мирная инициатива (HOPE)",
    viability: "Жизнеспособность в оценке автора",
  },
] as const;

/**
 * Headings of /compare that are English until translated, and the English of the words a panel's
 * text shows: a translated page must show none of them. The chart title is the contributions
 * chart's, the note the one under a slider (every slider has one or is inactive).
 */
const COMPARE_ENGLISH = {
  matrix: "Side by side",
  chart: "What each criterion contributes",
  perspectives: "Perspectives",
  robustness: "Robustness",
  assumptions: "Your own values",
  liveRanking: "Ranking now",
  toolbar: /Showing \d+ of \d+ criteria/,
  flipNote: /takes the lead|not reachable with this slider alone|No position of this slider/,
};

/** The visible text of /compare that is still English where it should be in the page's language (nothing, once translated). */
async function englishOnCompare(page: Page): Promise<string[]> {
  await expect(page.locator("#perspectives-heading")).toBeVisible();
  await expect(page.locator("#robustness-heading")).toBeVisible();
  await expect(page.locator("#contributions-title")).toBeVisible();
  const texts = {
    matrix: await page.locator("#matrix-heading").textContent(),
    chart: await page.locator("#contributions-title").textContent(),
    perspectives: await page.locator("#perspectives-heading").textContent(),
    robustness: await page.locator("#robustness-heading").textContent(),
    assumptions: await page.locator("#assumptions-heading").textContent(),
    liveRanking: await page.locator("#live-ranking-heading").textContent(),
    toolbar: await page.locator(".toolbar [role=status]").textContent(),
    flipNote: (await page.locator(".weight__flip").allTextContents()).join(" "),
  };
  return Object.entries(COMPARE_ENGLISH).flatMap(([key, english]) => {
    const text = texts[key as keyof typeof texts] ?? "";
    return (typeof english === "string" ? text.trim() === english : english.test(text)) ? [`${key}: ${text}`] : [];
  });
}

/** The pages whose interface is translated so far (docs/i18n.md). */
const TRANSLATED = ["/", "/compare"];

for (const { prefix, lang, dir, compare, hope, viability } of LANGUAGES) {
  for (const path of TRANSLATED) {
    const url = `${prefix}${path === "/" && prefix ? "" : path}` || "/";
    // English pages get their axe scan in accessibility.spec.ts and compare.spec.ts: here only the others.
    const scan = lang !== "en";
    test(`${url} is in ${lang}: lang, dir, every message${scan ? ", axe clean" : ""}`, async ({ page }) => {
      await page.goto(url);
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      await expect(page.locator("html")).toHaveAttribute("dir", dir);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      if (path === "/compare") await expect(page.getByRole("heading", { level: 1 })).toHaveText(compare);
      // The vocabulary in the page's language, fully translated, so without the untranslated mark.
      if (path === "/") await expect(page.getByRole("heading", { level: 2, name: hope, exact: true })).toBeVisible();
      if (path === "/compare") await expect(page.getByRole("slider", { name: viability, exact: true })).toBeAttached();
      await expect(page.locator(".untranslated-mark")).toHaveCount(0);
      await expectNoMissingMessage(page);
      // English left in a translated /compare: its headings and a panel's words (the English page shows every one of them).
      if (path === "/compare") {
        const english = await englishOnCompare(page);
        if (lang === "en") expect(english).toHaveLength(Object.keys(COMPARE_ENGLISH).length);
        else expect(english).toEqual([]);
      }
      if (scan) expect(await wcagViolations(page)).toEqual([]);
    });
  }
}

test("the missing-message check can fail: the marker is what a missing key renders", async ({ page }) => {
  await page.goto("/ar");
  await page.waitForLoadState("networkidle");
  // Appended to <body>, which React 19 leaves to others (a re-render of <main> would drop it).
  await page.evaluate((marker) => {
    const p = document.createElement("p");
    p.textContent = `${marker}: home.nothing⟧`;
    document.body.append(p);
  }, MISSING);
  await expect(page.getByText(`${MISSING}: home.nothing⟧`)).toBeVisible();
  await expect(expectNoMissingMessage(page)).rejects.toThrow();
});

test("Arabic and Persian numbers in their own digits, Latin ones on request", async ({ page, context }) => {
  await page.goto("/ar/compare");
  await expect(page.locator(".ranking__rank").first()).toHaveText("١");
  await page.goto("/fa/compare");
  await expect(page.locator(".ranking__rank").first()).toHaveText("۱");
  await page.locator(".language-switcher summary").click();
  await page.getByLabel("ارقام لاتین (123)").check();
  await expect(page.locator(".ranking__rank").first()).toHaveText("1");
  expect((await context.cookies()).find((c) => c.name === "digits")?.value).toBe("latn");
});

test("the language switcher keeps the page and its query, and the choice is remembered", async ({ page }) => {
  await page.goto("/compare?method=topsis&preset=us-gulf-deterrence");
  await page.locator(".language-switcher summary").click();
  await page.getByRole("link", { name: "العربية" }).click();
  await expect(page).toHaveURL(/\/ar\/compare\?method=topsis&preset=us-gulf-deterrence$/);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  // An English address now opens in Arabic, the query kept...
  await page.goto("/inclusiveness?x=1");
  await expect(page).toHaveURL(/\/ar\/inclusiveness\?x=1$/);
  // ...until English is chosen again.
  await page.locator(".language-switcher summary").click();
  await page.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/inclusiveness\?x=1$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.goto("/compare");
  await expect(page).toHaveURL(/\/compare$/);
});

test("English stays at the root: /en redirects there, links inside a language keep it, the API is not routed", async ({ page, request }) => {
  await page.goto("/en/compare?method=wsm");
  await expect(page).toHaveURL(/\/compare\?method=wsm$/);
  await page.goto("/ru");
  await page.getByRole("navigation", { name: "Основная навигация" }).getByRole("link", { name: "Сравнение" }).click();
  await expect(page).toHaveURL(/\/ru\/compare$/);
  const api = await request.get("/api/frameworks", { headers: { cookie: "NEXT_LOCALE=ar" } });
  expect(api.status()).toBe(200);
  expect(api.headers()["content-type"]).toContain("json");
  expect((await request.get("/xx/compare")).status()).toBe(404);
});

test("why there is no ranking and which settings were ignored are said in the page's language, and the column arrows point as the columns run", async ({
  page,
}) => {
  await page.goto("/ar/compare?fw=hope&preset=nope&w=zzz");
  await expect(page.locator("#ranking").getByRole("status")).toHaveText("اختر إطارين على الأقل لترتيبهما.");
  // The link's ignored settings in Arabic, what it held as typed, isolated left to right.
  const notices = page.getByRole("status").filter({ hasText: "أُهملت بعض الإعدادات في هذا الرابط" });
  await expect(notices.getByRole("listitem")).toHaveText([
    "أُهمل الإعداد preset: «nope» ليس إعدادًا مسبقًا معروفًا.",
    "أُهمل الإعداد w: «zzz» ليس على الصيغة معيار:وزن.",
  ]);
  await expect(notices.locator("bdi[dir=ltr]")).toHaveText(["nope", "zzz"]);
  await expect(notices.locator("code[dir=ltr]")).toHaveText(["preset", "w"]);
  await expect(notices.locator("[lang=en]")).toHaveCount(0);
  await expect(page.locator(".live-ranking__summary")).toHaveText("اختر إطارين على الأقل لترتيبهما.");
  // The columns run right to left, so "earlier" points right.
  await expect(page.locator(".picker__buttons").first().locator("button").nth(0)).toHaveText("→");
  await expect(page.locator(".picker__buttons").first().locator("button").nth(1)).toHaveText("←");
  // The sheets are downloaded in the page's language, named by its code alone (not next-intl's locale with its digits).
  const csv = page.locator('a[href*="/api/export?"][href*="format=csv"]');
  await expect(csv).toHaveAttribute("href", /[?&]locale=ar(&|$)/);
  const response = await page.request.get((await csv.getAttribute("href"))!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("text/csv");
  // ...with the ignored settings in Arabic too.
  expect(await response.text()).toContain("أُهمل الإعداد \u2068w\u2069: «\u2068zzz\u2069» ليس على الصيغة معيار:وزن.");
});
