import { expect, test, type Page } from "./support/warm-context";
import { wcagViolations } from "./support/axe";

const MEMBERSHIP = "Membership & inclusiveness";
const IRAN = "Iran's place";
const OUTSIDE = "Role of outside powers";

/** The consistency ratio the open matrix shows. */
const consistencyRatio = async (page: Page) => Number(/Consistency ratio ([\d.]+)/.exec((await page.getByTestId("consistency").textContent()) ?? "")?.[1]);

/** Moves a pair's slider by keyboard: positive steps towards its first item (left), negative towards its second. */
async function lean(page: Page, a: string, b: string, steps: number) {
  const slider = page.getByRole("slider", { name: `${a} versus ${b}` });
  await slider.focus();
  for (let i = 0; i < Math.abs(steps); i++) await page.keyboard.press(steps > 0 ? "ArrowLeft" : "ArrowRight");
}

/** Each criterion's effective weight in percent, as a table of the page lists them. */
async function percentages(rows: ReturnType<Page["locator"]>): Promise<Record<string, number>> {
  const pairs = await rows.evaluateAll((trs) => trs.map((tr) => [tr.querySelector("th")?.textContent ?? "", tr.querySelector("td")?.textContent ?? ""]));
  return Object.fromEntries(pairs.map(([name, value]) => [name, Number.parseFloat(value!)]));
}

test("a contradictory questionnaire shows its consistency ratio and a suggestion that one click applies, and Apply brings its weights to /compare", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto("/compare?fw=hope,imsi,arab-nato&method=topsis");
  await page.getByRole("link", { name: "Weigh by comparing criteria in pairs (AHP)" }).click();
  await expect(page).toHaveURL(/\/compare\/pairwise\?fw=hope(,|%2C)imsi(,|%2C)arab-nato&method=topsis/);
  await expect(page.getByRole("heading", { level: 2, name: "Categories against each other" })).toBeVisible();
  await expect(page.getByTestId("consistency")).toContainText("Consistency ratio 0.00");

  // Membership over Iran's place, Iran's place over outside powers, and yet outside powers over membership: a circle.
  await lean(page, MEMBERSHIP, IRAN, 4);
  await expect(page.getByRole("slider", { name: `${MEMBERSHIP} versus ${IRAN}` })).toHaveAttribute(
    "aria-valuetext",
    `${MEMBERSHIP} is strongly more important than ${IRAN} (5)`,
  );
  await lean(page, IRAN, OUTSIDE, 4);
  await lean(page, MEMBERSHIP, OUTSIDE, -4);
  await expect.poll(() => consistencyRatio(page)).toBeGreaterThan(0.1);
  await expect(page.getByTestId("consistency")).toContainText("inconsistent");
  await expect(page.getByRole("button", { name: /^1\. Categories CR 0\.\d\d \(inconsistent\)/ })).toBeVisible();
  const before = await consistencyRatio(page);

  // The worst judgement is named with the value the other answers imply; using it lowers the ratio.
  const revisit = page.getByRole("heading", { name: "Worth revisiting" }).locator("..");
  await expect(revisit.getByRole("listitem").first()).toContainText(/You said .+ \(5\); your other answers imply/);
  await revisit
    .getByRole("button", { name: /^Use this: / })
    .first()
    .click();
  await expect.poll(() => consistencyRatio(page)).toBeLessThan(before);
  const ratio = await consistencyRatio(page);

  // Within Iran's place: the stance toward Iran moderately over Iran as a participant.
  await page.getByRole("button", { name: /^3\. Iran's place/ }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Within Iran's place" })).toBeVisible();
  await lean(page, "Stance toward Iran", "Iran as a participant", 2);
  await expect(page).toHaveURL(/ahp=_(:|%3A)[-\d]+(,|%2C)iran(:|%3A)311/);

  // The link keeps the answers: a reload shows the same judgements and ratio.
  await page.reload();
  await page.getByRole("button", { name: /^3\. Iran's place/ }).click();
  await expect(page.getByRole("slider", { name: "Stance toward Iran versus Iran as a participant" })).toHaveAttribute(
    "aria-valuetext",
    "Stance toward Iran is moderately more important than Iran as a participant (3)",
  );
  await page.getByRole("button", { name: /^1\. Categories/ }).click();
  await expect.poll(() => consistencyRatio(page)).toBe(ratio);

  // The weights each criterion gets, then /compare with them.
  await page.getByText("Every criterion's weight (category weight × weight within it)").click();
  const ahpWeights = await percentages(page.getByRole("region", { name: "Use these weights" }).locator("tbody tr"));
  expect(Object.keys(ahpWeights)).toHaveLength(36);
  await page.getByRole("link", { name: "Apply these weights to /compare" }).click();
  await page.waitForURL((address) => address.pathname === "/compare", { timeout: 20_000 });
  const url = new URL(page.url());
  expect(url.pathname).toBe("/compare");
  expect(url.searchParams.get("fw")).toBe("hope,imsi,arab-nato");
  expect(url.searchParams.get("method")).toBe("topsis");
  expect(url.searchParams.get("cw")).toMatch(/membership:\d+/);
  expect(url.searchParams.get("ahp")).toMatch(/iran:311/);
  await expect(page.getByLabel("Perspective").locator("option:checked")).toHaveText("Custom (from Equal weights)");

  // Every criterion's effective weight on /compare is the questionnaire's, to the rounding of whole-number sliders.
  const weights = page.getByRole("region", { name: "Weights" });
  for (const [name, expected] of Object.entries(ahpWeights)) {
    const text = await weights.getByRole("slider", { name, exact: true }).getAttribute("aria-valuetext");
    const shown = Number.parseFloat(/\(([\d.]+)% effective/.exec(text ?? "")?.[1] ?? "NaN");
    expect(Math.abs(shown - expected), `${name}: ${text} against ${expected}%`).toBeLessThanOrEqual(0.2);
  }

  // And back to the questionnaire with the answers.
  await page.getByRole("link", { name: "Reopen your pairwise comparison (AHP)" }).click();
  await expect(page).toHaveURL(/\/compare\/pairwise\?.*ahp=/);
  await expect.poll(() => consistencyRatio(page)).toBe(ratio);
});

test("the questionnaire passes axe, and on a phone fits the screen and answers the keyboard", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto("/compare/pairwise?ahp=_:5-5511111111111");
  await expect(page.getByRole("heading", { level: 1, name: "Weigh by pairwise comparison" })).toBeVisible();
  expect(await wcagViolations(page, { openDisclosures: true })).toEqual([]);

  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  const slider = page.getByRole("slider", { name: `${MEMBERSHIP} versus ${IRAN}` });
  await slider.scrollIntoViewIfNeeded();
  await expect(slider).toBeInViewport();
  await slider.focus();
  await page.keyboard.press("End");
  await expect(slider).toHaveAttribute("aria-valuetext", `${IRAN} is extremely more important than ${MEMBERSHIP} (9)`);
  await expect(page.getByTestId("consistency")).toBeInViewport();
});

test("answers that do not fit the questionnaire are named and ignored", async ({ page }) => {
  await page.goto("/compare/pairwise?ahp=_:35,nowhere:3,iran:9");
  await expect(page.getByRole("status").filter({ hasText: "Some answers in this link were ignored" })).toContainText(
    "2 answers for the categories, which has 6 items and so 15 pairs",
  );
  await expect(page.getByText('"nowhere" is not a category')).toBeVisible();
  await expect(page.getByText('1 answer for "iran"')).toBeVisible();
  await expect(page.getByTestId("consistency")).toContainText("Consistency ratio 0.00");
});
