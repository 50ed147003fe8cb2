import fs from "node:fs";
import { expect, test } from "./support/warm-context";
import { wcagViolations } from "./support/axe";

type ApiFramework = {
  slug: string;
  shortName: string;
  participants: unknown[];
  assessments: Array<{ criterion: string; value: number | null; rationale: string }>;
};

test("the four charts draw the seeded data, with tooltips, tables and downloads", async ({ page, request }) => {
  const { frameworks } = (await (await request.get("/api/frameworks")).json()) as { frameworks: ApiFramework[] };
  const roles = frameworks.reduce((n, f) => n + f.participants.length, 0);
  const acceptability = frameworks.flatMap((f) => f.assessments.filter((a) => a.criterion.startsWith("acceptability-")));

  await page.goto("/inclusiveness");
  await expect(page.getByRole("heading", { level: 1, name: "Who is in, who is watching, who is left out" })).toBeVisible();

  // Marks: one role cell per role, one point per framework, one bar or "no data" marker per acceptability value.
  const rolesFigure = page.getByRole("figure", { name: "Who is in, who observes, who is left out or targeted" });
  await expect(rolesFigure.locator("td[data-role]")).toHaveCount(roles);
  await expect(page.locator(".index-point")).toHaveCount(frameworks.filter((f) => f.participants.length > 0).length);
  await expect(page.locator(".acceptability-bar")).toHaveCount(acceptability.filter((a) => a.value !== null).length);
  await expect(page.locator(".acceptability-missing")).toHaveCount(acceptability.filter((a) => a.value === null).length);
  await expect(page.locator(".recharts-radar")).toHaveCount(frameworks.length);

  // A tooltip shows the rationale behind a value.
  const hopeOnIran = frameworks.find((f) => f.slug === "hope")!.assessments.find((a) => a.criterion === "acceptability-ir")!;
  const iranPanel = page.locator(".acceptability-panel", { has: page.getByRole("heading", { name: "Iran", exact: true }) });
  const hopeBar = iranPanel.locator(".acceptability-bar").nth(1);
  await hopeBar.hover();
  await expect(page.locator(".chart-tooltip__rationale").first()).toHaveText(hopeOnIran.rationale);

  // The table alternative lists the same values.
  const accFigure = page.getByRole("figure", { name: "How acceptable is each framework to whom?" });
  await accFigure.getByText("Show as table").click();
  const hopeRow = accFigure.getByRole("row", { name: /^HOPE/ });
  const expected = [
    "acceptability-ir",
    "acceptability-sa",
    "acceptability-us",
    "acceptability-ru",
    "acceptability-cn",
    "acceptability-eu",
    "acceptability-in",
  ].map((c) => {
    const v = frameworks.find((f) => f.slug === "hope")!.assessments.find((a) => a.criterion === c)!.value;
    return v === null ? "no data" : v > 0 ? `+${v}` : v < 0 ? `\u2212${-v}` : "0";
  });
  await expect(hopeRow.getByRole("cell")).toHaveText(expected);

  // A role opens its reasoning.
  await rolesFigure.getByRole("button", { name: /^Iran in MESA: Targeted/ }).click();
  await expect(page.getByRole("dialog")).toContainText(/confidence/);
  await page.keyboard.press("Escape");

  // PNG and SVG downloads arrive, non-empty and of the right kind.
  for (const [figure, name] of [
    [page.getByRole("figure", { name: "Inclusive region or exclusive bloc?" }), "inclusiveness-index"],
    [rolesFigure, "roles-matrix"],
    [accFigure, "acceptability"],
  ] as const) {
    for (const format of ["PNG", "SVG"]) {
      const [download] = await Promise.all([page.waitForEvent("download"), figure.getByRole("button", { name: new RegExp(`as ${format}$`) }).click()]);
      expect(download.suggestedFilename()).toBe(`${name}.${format.toLowerCase()}`);
      const bytes = fs.readFileSync((await download.path())!);
      expect(bytes.length).toBeGreaterThan(1000);
      if (format === "PNG") expect(bytes.subarray(1, 4).toString()).toBe("PNG");
      else expect(bytes.toString("utf8")).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    }
  }
});

test("the charts follow the frameworks chosen on /compare through the URL", async ({ page }) => {
  await page.goto("/compare?fw=hope,imsi,arab-nato&preset=european-mediator");
  await page.getByRole("link", { name: "See these frameworks in the inclusiveness charts" }).click();
  await expect(page).toHaveURL(/\/inclusiveness\?.*preset=european-mediator/);
  await expect(page.getByText(/Showing 3 frameworks with the weights of/)).toContainText("A European mediator");
  await expect(page.locator(".index-point")).toHaveCount(3);
  await expect(page.locator(".recharts-radar")).toHaveCount(3);
  await page.getByRole("link", { name: "Change them on the compare page" }).click();
  await expect(page).toHaveURL(/\/compare\?.*preset=european-mediator/);
});

test("a framework page shows its place in the charts", async ({ page }) => {
  await page.goto("/frameworks/imsi");
  await expect(page.getByRole("heading", { name: "In the inclusiveness charts" })).toBeVisible();
  await expect(page.locator(".index-point")).toHaveCount(5);
  await expect(page.locator(".acceptability-bar, .acceptability-missing")).toHaveCount(7);
});

test("axe finds no WCAG A/AA violation on /inclusiveness", async ({ page }) => {
  // Two scans of a page of several thousand elements: tens of seconds on two busy cores.
  test.setTimeout(120_000);
  await page.goto("/inclusiveness");
  await expect(page.locator(".index-point").first()).toBeVisible();
  expect(await wcagViolations(page, { openDisclosures: true })).toEqual([]);
});

for (const [path, width] of [
  ["/ru/inclusiveness", 1440],
  ["/fa/inclusiveness", 390],
  ["/inclusiveness", 390],
] as const)
  test(`on ${path} at ${width} px the points' names keep apart from each other, and stay off the axes`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(path);
    const names = page.locator(".index-point-names text");
    await expect(names).toHaveCount(5);
    // As the browser drew them: each name's box, and the plot's bottom edge (the x axis line).
    const { boxes, axis } = await page.evaluate(() => {
      const rect = (e: Element) => e.getBoundingClientRect();
      const boxes = [...document.querySelectorAll(".index-point-names text")].map((t) => ({ text: t.textContent, ...rect(t).toJSON() }));
      const axis = rect(document.querySelector(".recharts-xAxis .recharts-cartesian-axis-line")!).top;
      return { boxes, axis };
    });
    for (const [i, a] of boxes.entries()) {
      expect(a.bottom, `${a.text} above the x axis`).toBeLessThanOrEqual(axis + 1);
      for (const b of boxes.slice(i + 1)) {
        // Two pixels at least: names that touch read as one ("GCC-centricHOPE").
        const room = Math.max(b.left - a.right, a.left - b.right, b.top - a.bottom, a.top - b.bottom);
        expect(room, `${a.text} and ${b.text}`).toBeGreaterThanOrEqual(2);
      }
    }
  });
