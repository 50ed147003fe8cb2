import { textWidth } from "./text-width";

/** A chart's SVG with what it needs to be read alone: title, legend, and where it comes from. */
export type LegendItem = { label: string; colour: string };

export const escapeXml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");

/**
 * The text in lines of at most `width`, broken at spaces and after a hyphen between letters, as
 * a browser breaks "confidence-building" (a part longer than a line gets a line of its own).
 */
function wrap(text: string, width: number, size: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    for (const [k, part] of word.split(/(?<=\p{L}-)(?=\p{L})/u).entries()) {
      const next = line ? `${line}${k === 0 ? " " : ""}${part}` : part;
      if (textWidth(next, size) > width && line) {
        lines.push(line);
        line = part;
      } else line = next;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Whether the text wraps into at most `maxLines` lines of `width` without shortening a word. */
export function wrapsWithin(text: string, width: number, size: number, maxLines: number): boolean {
  const lines = wrap(text, width, size);
  return lines.length <= maxLines && lines.every((line) => textWidth(line, size) <= width);
}

/** Shortens a line to `width`, ending it with "…", when it is wider. */
function clip(line: string, width: number, size: number): string {
  if (textWidth(line, size) <= width) return line;
  let cut = line;
  while (cut.length > 1 && textWidth(`${cut}…`, size) > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/**
 * The text in at most `maxLines` lines of at most `width` pixels at `size`: wrapped at spaces,
 * a word too long for a line shortened, and the last line ending with "…" when text is left over.
 */
export function wrapText(text: string, width: number, size: number, maxLines = Number.POSITIVE_INFINITY): string[] {
  const lines = wrap(text, width, size);
  if (lines.length <= maxLines) return lines.map((line) => clip(line, width, size));
  const kept = lines.slice(0, maxLines).map((line) => clip(line, width, size));
  const last = kept[maxLines - 1]!;
  if (!last.endsWith("…")) kept[maxLines - 1] = clip(`${last}…`, width, size);
  return kept;
}

const PAD = 16;

/**
 * Wraps a chart's SVG document (`body`, with its own width and height) into one that carries
 * the chart's title, its reading, a legend, a source line and the link to the view it was
 * drawn from: a PNG or SVG download that stands alone in a slide or a report.
 */
export function standaloneChartSvg(input: {
  title: string;
  reading?: string;
  body: { svg: string; width: number; height: number };
  legend: readonly LegendItem[];
  source: string;
  link: string;
}): string {
  const width = Math.max(Math.round(input.body.width) + 2 * PAD, 520);
  const inner = width - 2 * PAD;
  const out: string[] = [];
  let y = PAD + 16;
  out.push(`<text x="${PAD}" y="${y}" font-size="17" font-weight="700" fill="#1b2330">${escapeXml(input.title)}</text>`);
  y += 8;
  for (const line of input.reading ? wrap(input.reading, inner, 12) : []) {
    y += 16;
    out.push(`<text x="${PAD}" y="${y}" font-size="12" fill="#4a5568">${escapeXml(line)}</text>`);
  }
  y += 10;
  const body = input.body.svg.replace(/^<svg /, `<svg x="${PAD}" y="${y}" `);
  out.push(body);
  y += Math.round(input.body.height) + 10;
  // The legend: swatch and label, in rows that fit the width.
  let x = PAD;
  if (input.legend.length) y += 14;
  for (const item of input.legend) {
    const w = 16 + textWidth(item.label, 12) + 18;
    if (x + w > width - PAD && x > PAD) {
      x = PAD;
      y += 18;
    }
    out.push(`<rect x="${x}" y="${y - 10}" width="12" height="12" fill="${escapeXml(item.colour)}" stroke="#6b7280" stroke-width="0.5"/>`);
    out.push(`<text x="${x + 16}" y="${y}" font-size="12" fill="#1b2330">${escapeXml(item.label)}</text>`);
    x += w;
  }
  y += 12;
  out.push(`<line x1="${PAD}" x2="${width - PAD}" y1="${y}" y2="${y}" stroke="#d6d3cc"/>`);
  for (const line of wrap(input.source, inner, 11)) {
    y += 15;
    out.push(`<text x="${PAD}" y="${y}" font-size="11" fill="#4a5568">${escapeXml(line)}</text>`);
  }
  y += 15;
  out.push(`<a href="${escapeXml(input.link)}"><text x="${PAD}" y="${y}" font-size="11" fill="#0b4fa8">View: ${escapeXml(input.link)}</text></a>`);
  const height = y + PAD;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif">`,
    `<title>${escapeXml(input.title)}</title>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    ...out,
    "</svg>",
  ].join("\n");
}

/** "Source: Ekaterina Stepanova, “Russia's …”, FEPS and IAI, 2020." for the sources a chart is drawn from. */
export function sourceLine(sources: ReadonlyArray<{ author: string; title: string; publisher?: string | null; year: number }>): string {
  if (sources.length === 0) return "Source: the comparator's dataset.";
  return `Source${sources.length > 1 ? "s" : ""}: ${sources.map((s) => `${s.author}, “${s.title}”${s.publisher ? `, ${s.publisher}` : ""}, ${s.year}`).join("; ")}. Drawn by the Gulf Security Architecture Comparator.`;
}
