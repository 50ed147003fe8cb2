"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { standaloneChartSvg, type LegendItem } from "@/lib/charts/standalone-svg";
import { useChartSource } from "./chart-source";
import { combineSvgs, downloadBlob, pngFromSvg, svgFromElement } from "./download-chart";

type Props = {
  id: string;
  title: string;
  reading: string;
  table: () => ReactNode;
  children: ReactNode;
  /** A standalone SVG of the chart; by default the rendered chart's <svg> is serialised. */
  svg?: () => string;
  /** File name without extension; downloads are offered when given. */
  downloadName?: string;
  /** Charts are images to assistive technology (the table carries the data); false for interactive content. */
  asImage?: boolean;
  /** The legend a download carries (on screen the chart's own HTML legend shows it). */
  legend?: LegendItem[];
};

/**
 * A chart with its title, a one-line reading, the same data as a table (built once opened:
 * at 200 x 100 it is 20,000 cells), and PNG and SVG downloads.
 */
export function ChartFrame({ id, title, reading, table, children, svg, downloadName, asImage = true, legend = [] }: Props) {
  const t = useTranslations("charts");
  const source = useChartSource();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const drawn = useRef<HTMLDivElement>(null);
  // Recharts' layer groups take keyboard focus in Chromium, unnamed and meaningless (the chart is one image with a table): keep them out of the Tab order.
  useEffect(() => {
    const root = drawn.current;
    if (!root) return;
    const unfocus = () => {
      for (const g of root.querySelectorAll("svg g:not([tabindex])")) g.setAttribute("tabindex", "-1");
    };
    unfocus();
    const observer = new MutationObserver(unfocus);
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, []);
  /** The drawn chart (or charts, as panels under their titles), then its title, reading, legend, source and link around it. */
  const svgText = () => {
    let body: { svg: string; width: number; height: number };
    if (svg) {
      const text = svg();
      body = { svg: text, width: Number(/width="([\d.]+)"/.exec(text)?.[1] ?? 800), height: Number(/height="([\d.]+)"/.exec(text)?.[1] ?? 600) };
    } else {
      const elements = [...(drawn.current?.querySelectorAll<SVGSVGElement>("svg.recharts-surface, svg.chart-surface") ?? [])];
      if (elements.length === 0) throw new Error("the chart has not been drawn yet");
      if (elements.length === 1) {
        const { width, height } = elements[0]!.getBoundingClientRect();
        body = { svg: svgFromElement(elements[0]!), width, height };
      } else
        body = combineSvgs(
          elements,
          elements.map((e) => e.closest("[data-panel-title]")?.getAttribute("data-panel-title") ?? null),
        );
    }
    return standaloneChartSvg({ title, reading, body, legend, source, link: window.location.href });
  };
  const download = async (format: "svg" | "png") => {
    try {
      setError(null);
      const text = svgText();
      const blob = format === "svg" ? new Blob([text], { type: "image/svg+xml" }) : await pngFromSvg(text);
      downloadBlob(blob, `${downloadName}.${format}`);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <figure className="chart" aria-labelledby={`${id}-title`} aria-describedby={`${id}-reading`}>
      <figcaption>
        <h3 id={`${id}-title`}>{title}</h3>
        <p id={`${id}-reading`} className="small muted">
          {reading}
        </p>
      </figcaption>
      <div ref={drawn} {...(asImage && { role: "img", "aria-label": `${title}. ${reading}` })}>
        {children}
      </div>
      <div className="chart__actions">
        <details className="chart__table" onToggle={(e) => setOpen(e.currentTarget.open)}>
          <summary>{t("showTable")}</summary>
          {open && <div className="table-wrap">{table()}</div>}
        </details>
        {downloadName && (
          <span className="chart__downloads">
            <button type="button" onClick={() => download("png")} aria-label={t("download", { title, format: "PNG" })}>
              PNG
            </button>
            <button type="button" onClick={() => download("svg")} aria-label={t("download", { title, format: "SVG" })}>
              SVG
            </button>
          </span>
        )}
      </div>
      {error && (
        <p className="notice" role="alert">
          {t("downloadFailed", { error })}
        </p>
      )}
    </figure>
  );
}
