import { describe, expect, it } from "vitest";
import { sourceLine, standaloneChartSvg } from "@/lib/charts/standalone-svg";

describe("standaloneChartSvg", () => {
  const body = { svg: '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="200"><text>axis</text></svg>', width: 300, height: 200 };

  it("puts the title, reading, legend, source and link around the chart, escaped", () => {
    const svg = standaloneChartSvg({
      title: "Who <wins>?",
      reading: "A reading.",
      body,
      legend: [{ label: "A & B", colour: "#0072b2" }],
      source: sourceLine([{ author: "E. Stepanova", title: "Russia's policy", publisher: "FEPS", year: 2020 }]),
      link: "http://example.org/compare?preset=x&w=a:1",
    });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain("<title>Who &lt;wins&gt;?</title>");
    expect(svg).toContain(">A &amp; B</text>");
    expect(svg).toContain("Source: E. Stepanova, “Russia&apos;s policy”, FEPS, 2020.");
    expect(svg).toContain('href="http://example.org/compare?preset=x&amp;w=a:1"');
    expect(svg).toContain('<svg x="16" y=');
    // The document is tall enough for the chart and what surrounds it.
    const height = Number(/height="(\d+)"/.exec(svg)![1]);
    expect(height).toBeGreaterThan(200 + 60);
    expect(() => new DOMParserLike().check(svg)).not.toThrow();
  });
});

/** A minimal well-formedness check: every opened element closes, in order. */
class DOMParserLike {
  check(xml: string) {
    const stack: string[] = [];
    for (const m of xml.matchAll(/<(\/?)([a-zA-Z]+)[^>]*?(\/?)>/g)) {
      if (m[3]) continue;
      if (m[1]) {
        if (stack.pop() !== m[2]) throw new Error(`unbalanced </${m[2]}>`);
      } else stack.push(m[2]!);
    }
    if (stack.length) throw new Error(`unclosed <${stack.join(", ")}>`);
  }
}
