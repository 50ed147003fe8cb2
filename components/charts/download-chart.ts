"use client";

import { escapeXml } from "@/lib/charts/standalone-svg";

/** Serialises a rendered chart's <svg> into a standalone document with a white background. */
export function svgFromElement(svg: SVGSVGElement): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const { width, height } = svg.getBoundingClientRect();
  clone.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  clone.setAttribute("width", String(Math.round(width)));
  clone.setAttribute("height", String(Math.round(height)));
  clone.setAttribute("font-family", "system-ui, sans-serif");
  const background = document.createElementNS("http://www.w3.org/2000/svg", "rect");
  background.setAttribute("width", "100%");
  background.setAttribute("height", "100%");
  background.setAttribute("fill", "#ffffff");
  clone.insertBefore(background, clone.firstChild);
  return new XMLSerializer().serializeToString(clone);
}

export function downloadBlob(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Rasterises an SVG document to PNG at twice its size, for slides and documents. */
export async function pngFromSvg(svg: string, scale = 2): Promise<Blob> {
  const doc = new DOMParser().parseFromString(svg, "image/svg+xml").documentElement;
  const width = Number(doc.getAttribute("width")) || 800;
  const height = Number(doc.getAttribute("height")) || 600;
  const image = new Image();
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  try {
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error("the chart could not be drawn as an image"));
      image.src = url;
    });
    const canvas = document.createElement("canvas");
    canvas.width = width * scale;
    canvas.height = height * scale;
    const context = canvas.getContext("2d")!;
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("no PNG produced"))), "image/png"));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * Lays several rendered charts (small multiples) out in one SVG document, in rows of `columns`,
 * each under its panel title when it has one.
 */
export function combineSvgs(
  elements: SVGSVGElement[],
  titles: ReadonlyArray<string | null> = [],
  columns = 3,
  gap = 16,
): { svg: string; width: number; height: number } {
  const sizes = elements.map((e) => e.getBoundingClientRect());
  const titled = titles.some(Boolean) ? 22 : 0;
  const cellWidth = Math.max(...sizes.map((s) => s.width));
  const cellHeight = Math.max(...sizes.map((s) => s.height)) + titled;
  const rows = Math.ceil(elements.length / columns);
  const width = Math.round(Math.min(columns, elements.length) * cellWidth + (Math.min(columns, elements.length) - 1) * gap);
  const height = Math.round(rows * cellHeight + (rows - 1) * gap);
  const parts = elements.map((e, i) => {
    const inner = svgFromElement(e);
    const x = Math.round((i % columns) * (cellWidth + gap));
    const y = Math.round(Math.floor(i / columns) * (cellHeight + gap));
    const title = titles[i] ? `<text x="${x + 4}" y="${y + 15}" font-size="13" font-weight="700" fill="#1b2330">${escapeXml(titles[i]!)}</text>` : "";
    return title + inner.replace(/^<svg /, `<svg x="${x}" y="${y + titled}" `);
  });
  return {
    svg: `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${parts.join("")}</svg>`,
    width,
    height,
  };
}
