import fs from "node:fs";
import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ValueScale } from "@/components/frameworks/value-scale";
import { scaleSchema, type Criterion } from "@/lib/domain/criterion";

const criterion = (min: number, max: number): Criterion => ({
  slug: "c",
  name: "C",
  category: "k",
  description: "d",
  direction: "benefit",
  scale: {
    min,
    max,
    labels: [
      { value: min, label: "low" },
      { value: max, label: "high" },
    ],
  },
});

/** Rendered as an English page renders it. */
const render = (node: ReactNode) =>
  renderToStaticMarkup(
    <NextIntlClientProvider timeZone="UTC" locale="en" messages={JSON.parse(fs.readFileSync("messages/en.json", "utf8"))}>
      {node}
    </NextIntlClientProvider>,
  );

describe("ValueScale", () => {
  it("draws each point of a short scale", () => {
    const html = render(<ValueScale criterion={criterion(-2, 2)} value={1} />);
    expect(html.match(/scale__point/g)?.length).toBe(5 + 1);
    // The signed numbers are isolated left to right, so that a right-to-left page keeps their signs in front.
    expect(html).toContain('<bdi dir="ltr">+1</bdi>');
    expect(html.replace(/<[^>]+>/g, "")).toContain("+1 on \u22122..+2");
  });

  it("draws a stored scale of any length in constant size, without listing its points", () => {
    const html = render(<ValueScale criterion={criterion(0, 2147483648)} value={1073741824} />);
    expect(html.length).toBeLessThan(1000);
    expect(html).toContain("scale-track__marker");
    expect(html).toContain("left:50%");
  });

  it("has a schema that refuses such a scale in the first place", () => {
    expect(scaleSchema.safeParse(criterion(0, 2147483648).scale).success).toBe(false);
    expect(scaleSchema.safeParse(criterion(0, 100).scale).success).toBe(true);
  });
});
