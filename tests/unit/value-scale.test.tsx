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

describe("ValueScale", () => {
  it("draws each point of a short scale", () => {
    const html = renderToStaticMarkup(<ValueScale criterion={criterion(-2, 2)} value={1} />);
    expect(html.match(/scale__point/g)?.length).toBe(5 + 1);
    expect(html).toContain("+1 on \u22122..+2");
  });

  it("draws a stored scale of any length in constant size, without listing its points", () => {
    const html = renderToStaticMarkup(<ValueScale criterion={criterion(0, 2147483648)} value={1073741824} />);
    expect(html.length).toBeLessThan(1000);
    expect(html).toContain("scale-track__marker");
    expect(html).toContain("left:50%");
  });

  it("has a schema that refuses such a scale in the first place", () => {
    expect(scaleSchema.safeParse(criterion(0, 2147483648).scale).success).toBe(false);
    expect(scaleSchema.safeParse(criterion(0, 100).scale).success).toBe(true);
  });
});
