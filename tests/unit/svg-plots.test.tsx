import fs from "node:fs";
import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { AxisTitle, axisTitleLines } from "@/components/charts/axis-title";
import { SweepPlot } from "@/components/charts/sweep-plot";
import { TornadoPlot } from "@/components/charts/tornado-plot";
import { numberAxis } from "@/lib/charts/number-axis";
import { wrapText } from "@/lib/charts/standalone-svg";
import { textWidth } from "@/lib/charts/text-width";
import { formattingLocale, type Locale } from "@/lib/i18n/locales";

function render(node: ReactNode, locale: Locale = "en") {
  const html = renderToStaticMarkup(
    <NextIntlClientProvider
      timeZone="UTC"
      locale={formattingLocale(locale, "native")}
      messages={JSON.parse(fs.readFileSync(`messages/${locale}.json`, "utf8"))}
    >
      {node}
    </NextIntlClientProvider>,
  );
  return new DOMParserLite(html);
}

/** Just enough of a parser for the plots' flat SVG: each element's attributes and text, in order. */
class DOMParserLite {
  readonly elements: Array<{ tag: string; attrs: Record<string, string>; text: string }> = [];
  constructor(readonly html: string) {
    for (const m of html.matchAll(/<(\w+)([^>]*)>([^<]*)/g)) {
      const attrs = Object.fromEntries([...m[2]!.matchAll(/([\w-]+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!]));
      this.elements.push({ tag: m[1]!, attrs, text: m[3]!.replaceAll("&#x27;", "'") });
    }
  }
  all(tag: string) {
    return this.elements.filter((e) => e.tag === tag);
  }
  texts() {
    return this.all("text")
      .concat(this.all("tspan"))
      .map((e) => e.text)
      .filter(Boolean);
  }
}

// The plots draw at their fallback width on the server (420 and 520 px) until measured.
const SWEEP = { width: 420, height: 240, left: 48, right: 420 - 12, top: 18, bottom: 240 - 40 };

describe("the score-against-weight plot", () => {
  const drawn = [0, 50, 100].map((x) => ({ x, hope: 0.2 + x / 500, imsi: 0.6 - x / 500 }));
  const yAxis = numberAxis([0.2, 0.6]);
  const props = {
    drawn,
    shown: ["hope", "imsi"],
    yAxis,
    current: 25,
    crossings: [{ at: 100, to: "hope" }],
    nameOf: (slug: string) => slug.toUpperCase(),
    axisLabel: "Stance toward Iran (slider)",
    sliderAt: (x: number) => `Slider at ${x}`,
  };
  // d3-shape writes coordinates to three decimals.
  const y = (v: number) =>
    Math.round((SWEEP.bottom - ((v - yAxis.domain[0]) / (yAxis.domain[1] - yAxis.domain[0])) * (SWEEP.bottom - SWEEP.top)) * 1000) / 1000;

  it("draws each framework's line from the slider at 0 to 100 through its scores", () => {
    const paths = render(<SweepPlot {...props} />).all("path");
    expect(paths).toHaveLength(2);
    const [hope, imsi] = paths.map((p) => p.attrs.d!);
    expect(hope).toMatch(new RegExp(`^M${SWEEP.left},${y(0.2)}`));
    expect(hope!.endsWith(`${SWEEP.right},${y(0.4)}`)).toBe(true);
    expect(imsi).toMatch(new RegExp(`^M${SWEEP.left},${y(0.6)}`));
    expect(paths.map((p) => p.attrs.stroke)).toHaveLength(new Set(paths.map((p) => p.attrs.stroke)).size);
  });

  it("marks the slider now, and where the lead changes hands with the new leader's name", () => {
    const plot = render(<SweepPlot {...props} />);
    const at = (v: number) => String(SWEEP.left + (v / 100) * (SWEEP.right - SWEEP.left));
    const lines = plot.all("line");
    expect(lines.some((l) => l.attrs.x1 === at(25) && l.attrs["stroke-dasharray"] === "4 4")).toBe(true);
    expect(lines.some((l) => l.attrs.x1 === at(100) && l.attrs.stroke === "#d55e00")).toBe(true);
    expect(plot.texts()).toContain("HOPE");
    expect(plot.texts()).toContain("Stance toward Iran (slider)");
    expect(plot.texts()).toEqual(expect.arrayContaining(["0", "25", "50", "75", "100"]));
  });

  it("writes its ticks in the page's digits, left to right on a right-to-left page", () => {
    const plot = render(<SweepPlot {...props} />, "ar");
    expect(plot.texts()).toEqual(expect.arrayContaining(["٠", "٢٥", "١٠٠"]));
    expect(plot.html).toContain('direction="ltr"');
  });
});

describe("the tornado plot", () => {
  const bars = [
    { slug: "stance-toward-iran", name: "Stance toward Iran", range: [-0.086, 0.037] as const, dropped: -0.086, doubled: 0.037 },
    {
      slug: "inclusive-multilateralism",
      name: "Inclusive multilateralism as founding principle",
      range: [0.01, 0.043] as const,
      dropped: 0.01,
      doubled: 0.043,
    },
  ];
  const xAxis = numberAxis([-0.086, 0.043], { include: [0] });
  const props = { bars, xAxis, axisLabel: "MESA's margin over the runner-up", tooltip: () => "", tooltipLabel: "Margin" };

  it("draws each bar from the margin dropped to the margin doubled, and the zero line", () => {
    const plot = render(<TornadoPlot {...props} />);
    const left = 190 + 8;
    const right = 520 - 16;
    const x = (v: number) => left + ((v - xAxis.domain[0]) / (xAxis.domain[1] - xAxis.domain[0])) * (right - left);
    const rects = plot.all("rect").filter((r) => r.attrs.class === "chart-surface__bar");
    expect(rects).toHaveLength(2);
    rects.forEach((rect, i) => {
      expect(Number(rect.attrs.x)).toBeCloseTo(x(bars[i]!.range[0]), 6);
      expect(Number(rect.attrs.width)).toBeCloseTo(x(bars[i]!.range[1]) - x(bars[i]!.range[0]), 6);
    });
    expect(plot.all("line").some((l) => Number(l.attrs.x1) === x(0) && l.attrs.stroke === "#1b2330")).toBe(true);
    expect(plot.texts()).toContain("MESA's margin over the runner-up");
  });

  it("puts a long name on two lines and a short one on one", () => {
    const texts = render(<TornadoPlot {...props} />).texts();
    expect(texts).toContain("Stance toward Iran");
    // The names' column is 190 px at this width, less 8 px: as many words as fit in 182 px.
    expect(texts).toEqual(expect.arrayContaining(["Inclusive multilateralism as", "founding principle"]));
  });
});

describe("wrapText (a name beside a bar, on a phone)", () => {
  const width = (line: string) => textWidth(line, 11);

  it("wraps at spaces into lines that fit, within the lines allowed", () => {
    expect(wrapText("Inclusive multilateralism as founding principle", 182, 11, 2)).toEqual(["Inclusive multilateralism as", "founding principle"]);
    const russian = wrapText("Иностранное военное присутствие в Заливе", 129, 11, 2);
    expect(russian).toHaveLength(2);
    for (const line of russian) expect(width(line)).toBeLessThanOrEqual(129);
  });

  it("shortens what is left over, ending with an ellipsis", () => {
    const lines = wrapText("Необходимость единства арабских государств Залива как предпосылка", 129, 11, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith("…")).toBe(true);
    for (const line of lines) expect(width(line)).toBeLessThanOrEqual(129);
    expect(wrapText("Stance toward Iran", 129, 11, 2)).toEqual(["Stance toward Iran"]);
  });

  it("breaks a compound after its hyphen where it is wider than the line, not a number's range", () => {
    expect(wrapText("Military posture & confidence-building", 90, 11)).toEqual(["Military posture", "& confidence-", "building"]);
    expect(wrapText("confidence-building", 200, 11)).toEqual(["confidence-building"]);
    expect(wrapText("from 0-1", 30, 11)).toEqual(["from", "0-1"]);
  });
});

describe("an axis's title on a phone", () => {
  // The contributions chart on a 390 px phone: 326 px wide, its plot's centre pushed right by the bars' names.
  const width = 326;
  const title = "Оценка: сумма вес × нормализованное значение";

  it("wraps to the chart's width and, centred where it fits, stays inside the chart", () => {
    const lines = axisTitleLines(title, width);
    expect(lines).toEqual(["Оценка: сумма вес × нормализованное", "значение"]);
    const drawn = render(
      <svg aria-hidden="true">
        <AxisTitle lines={lines} centre={width / 2 + 55} y={40} width={width} />
      </svg>,
    );
    const x = Number(drawn.all("text")[0]!.attrs.x);
    const half = Math.max(...lines.map((line) => textWidth(line, 12))) / 2;
    expect(x - half).toBeGreaterThanOrEqual(0);
    expect(x + half).toBeLessThanOrEqual(width);
    // The last line, short enough, is centred on the same point.
    expect(drawn.all("tspan").map((t) => t.attrs.x)).toEqual([String(x), String(x)]);
  });

  it("stays under the plot's centre when it fits there", () => {
    const drawn = render(
      <svg aria-hidden="true">
        <AxisTitle lines={axisTitleLines("Net flow", width)} centre={200} y={40} width={width} />
      </svg>,
    );
    expect(drawn.all("text")[0]!.attrs.x).toBe("200");
  });
});
