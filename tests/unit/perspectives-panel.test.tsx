import fs from "node:fs";
import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { PerspectivesPanel } from "@/components/compare/perspectives-panel";
import type { Perspective } from "@/lib/compare/perspectives";

const messagesOf = (locale: string) => JSON.parse(fs.readFileSync(`messages/${locale}.json`, "utf8"));

/** The framework names of the table's rows, in order. */
function rowsOf(frameworks: number, columns: Perspective[], locale = "en") {
  const order = Array.from({ length: frameworks }, (_, i) => `f${i + 1}`);
  const html = renderToStaticMarkup(
    <NextIntlClientProvider timeZone="UTC" locale={locale} messages={messagesOf(locale)}>
      <PerspectivesPanel names={new Map(order.map((s) => [s, s.toUpperCase()]))} order={order} presets={[]} presetColumns={[]} methodColumns={columns} />
    </NextIntlClientProvider>,
  );
  const body = html.slice(html.indexOf("<tbody>"));
  return { rows: [...body.matchAll(/<th scope="row"><bdi>(\w+)<\/bdi>/g)].map((m) => m[1]), html };
}

/** A method column whose ranks follow the order, except that `leader` is first there. */
function column(key: string, frameworks: number, leader?: number): Perspective {
  const ranks: Record<string, number> = {};
  for (let i = 1; i <= frameworks; i++) ranks[`f${i}`] = leader === undefined ? i : i === leader ? 1 : i < leader ? i + 1 : i;
  return { key, kind: "method", method: "wsm", missing: "mean", ranks, problem: null, current: key === "now" };
}

describe("the perspectives table of a long ranking", () => {
  it("shows every row when there are 25 frameworks or fewer", () => {
    const { rows, html } = rowsOf(25, [column("now", 25)]);
    expect(rows).toHaveLength(25);
    expect(html).not.toContain("Show all");
  });

  it("shows the first 25 and every framework that leads under some perspective, and offers the rest", () => {
    const { rows, html } = rowsOf(40, [column("now", 40), column("topsis", 40, 33)]);
    expect(rows).toEqual([...Array.from({ length: 25 }, (_, i) => `F${i + 1}`), "F33"]);
    expect(html).toContain("Show all 40");
  });

  it("names each method column's method in the page's language", () => {
    expect(rowsOf(2, [column("now", 2)]).html).toContain("Weighted sum, missing = mean");
    expect(rowsOf(2, [column("now", 2)], "ar").html).toContain("المجموع المرجَّح، المفقود = المتوسط");
    expect(rowsOf(2, [column("now", 2)], "ru").html).toContain("Взвешенная сумма, пропуски = среднее");
  });
});
