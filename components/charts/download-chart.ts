"use client";

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

/** Lays several rendered charts (small multiples) out in one SVG document, in rows of `columns`. */
export function combineSvgs(elements: SVGSVGElement[], columns = 3, gap = 16): string {
  const sizes = elements.map((e) => e.getBoundingClientRect());
  const cellWidth = Math.max(...sizes.map((s) => s.width));
  const cellHeight = Math.max(...sizes.map((s) => s.height));
  const rows = Math.ceil(elements.length / columns);
  const width = Math.round(columns * cellWidth + (columns - 1) * gap);
  const height = Math.round(rows * cellHeight + (rows - 1) * gap);
  const parts = elements.map((e, i) => {
    const inner = svgFromElement(e);
    const x = (i % columns) * (cellWidth + gap);
    const y = Math.floor(i / columns) * (cellHeight + gap);
    return inner.replace(/^<svg /, `<svg x="${Math.round(x)}" y="${Math.round(y)}" `);
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><rect width="100%" height="100%" fill="#ffffff"/>${parts.join("")}</svg>`;
}
