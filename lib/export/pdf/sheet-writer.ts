import { PDFString, rgb, type PDFDocument, type PDFPage, type RGB } from "pdf-lib";
import type { EmbeddedFont, PlacedGlyph } from "./embedded-font";
import { type Direction, type FontPair, isolate, isSimple, type LaidOutLine, layOutLine, paragraphDirection } from "./line-layout";
import type { Paper } from "../sheet-options";

/** Paper sizes in points, portrait. */
const PAPER: Record<Paper, [number, number]> = { a4: [595.28, 841.89], letter: [612, 792] };
export const MARGIN = 36;
/** Room kept at the bottom of every page for its footer (page number and link). */
const FOOTER = 22;

const INK = rgb(0.1, 0.14, 0.19);
export const SOFT = rgb(0.35, 0.38, 0.43);
export const LINK = rgb(0.05, 0.3, 0.65);
export const RULE = rgb(0.8, 0.8, 0.78);

export function hexColour(hex: string): RGB {
  const n = Number.parseInt(hex.slice(1), 16);
  return rgb(((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255);
}

/** `direction`: the paragraph direction of a line cut from a longer text (default: the line's own). */
type TextStyle = { size?: number; bold?: boolean; color?: RGB; direction?: Direction };

/**
 * A cursor over the pages of a sheet: the next line's baseline is `y`; `need` starts a new
 * page (in the same orientation, unless told) when what follows would not fit. Text is drawn
 * with the embedded fonts; widths are measured with them, so wrapping and cutting are exact.
 *
 * A right-to-left sheet (Arabic, Persian) is laid out as a left-to-right one and mirrored: the
 * sections give every position from the left as usual, and `text`, `rect`, `rule` and `link`
 * place it from the right instead, so a table's first column is on the right, a bar grows to
 * the left and a paragraph in the sheet's direction is aligned right. Text itself is never
 * mirrored: each line is laid out by the bidi algorithm and shaped as always.
 */
export class SheetWriter {
  page!: PDFPage;
  y = 0;
  landscape = false;
  readonly pages: Array<{ page: PDFPage; section: string }> = [];
  private section = "";

  private readonly rtl: boolean;

  constructor(
    readonly pdf: PDFDocument,
    readonly fonts: { regular: FontPair; bold: FontPair },
    readonly paper: Paper,
    direction: Direction = "ltr",
  ) {
    this.rtl = direction === "rtl";
  }

  /** Where a box from x, `width` wide, lies on the page: x itself, or its mirror on a right-to-left sheet. */
  mirrorX(x: number, width: number, pageWidth = this.width): number {
    return this.rtl ? pageWidth - x - width : x;
  }

  /** A filled or outlined rectangle (pdf-lib's options), mirrored on a right-to-left sheet. */
  rect(options: NonNullable<Parameters<PDFPage["drawRectangle"]>[0]> & { x: number; width: number }): void {
    this.page.drawRectangle({ ...options, x: this.mirrorX(options.x, options.width) });
  }

  /** A horizontal rule from x1 to x2 at y, mirrored on a right-to-left sheet. */
  rule(x1: number, x2: number, y: number, thickness: number, color: RGB): void {
    const [a, b] = [this.mirrorX(x1, 0), this.mirrorX(x2, 0)];
    this.page.drawLine({ start: { x: Math.min(a, b), y }, end: { x: Math.max(a, b), y }, thickness, color });
  }

  get width(): number {
    return this.page.getWidth();
  }
  get contentWidth(): number {
    return this.width - 2 * MARGIN;
  }
  get bottom(): number {
    return MARGIN + FOOTER;
  }

  /** Starts a page; `section` names it in the footer. */
  newPage(landscape = this.landscape, section = this.section): void {
    this.flush();
    const [w, h] = PAPER[this.paper];
    this.landscape = landscape;
    this.section = section;
    this.page = this.pdf.addPage(landscape ? [h, w] : [w, h]);
    this.pages.push({ page: this.page, section });
    this.y = this.page.getHeight() - MARGIN;
  }

  /** A new page unless `height` more points fit on this one. Returns whether it turned the page. */
  need(height: number): boolean {
    if (this.y - height >= this.bottom) return false;
    this.newPage();
    return true;
  }

  private fontsOf(bold?: boolean): FontPair {
    return bold ? this.fonts.bold : this.fonts.regular;
  }

  /**
   * The width of `text` as drawn. Plain left-to-right text sums its characters' advances (the
   * thousands of cells of a large matrix are measured many times over); other text is laid out
   * (bidi and shaping, where Arabic joining forms change the widths) and kept.
   */
  measure(text: string, style: TextStyle = {}): number {
    const size = style.size ?? 9;
    const fonts = this.fontsOf(style.bold);
    if (!isSimple(text)) return (this.laidOut(text, fonts, style.direction).width * size) / 1000;
    let width = 0;
    for (const ch of text) width += fonts.latin.glyphOf(ch.codePointAt(0)!).advance;
    return (width * size) / 1000;
  }

  private laidOut(text: string, fonts: FontPair, direction?: Direction): LaidOutLine {
    const key = `${fonts === this.fonts.bold ? "b" : "r"}${direction ?? ""}\u0000${text}`;
    let line = this.lines.get(key);
    if (!line) {
      line = layOutLine(text, fonts, direction);
      this.lines.set(key, line);
    }
    return line;
  }
  private readonly lines = new Map<string, LaidOutLine>();

  /**
   * Text at (x, y), its left edge at x. It is queued and written with the page's other text in
   * one text object when the page is done (so it lies above the page's fills).
   */
  text(text: string, x: number, style: TextStyle = {}, y = this.y): void {
    if (!text) return;
    const line = this.laidOut(text, this.fontsOf(style.bold), style.direction);
    const size = style.size ?? 9;
    this.queued.push({ line, x: this.mirrorX(x, (line.width * size) / 1000), y, size, color: style.color ?? INK });
  }

  /**
   * A line of text in a column from x, `width` wide, aligned at the start of its paragraph's
   * direction: on a left-to-right sheet a right-to-left paragraph is right-aligned, and on a
   * right-to-left sheet (mirrored) a left-to-right one, such as an English quote, is left-aligned.
   */
  line(text: string, x: number, width: number, style: TextStyle = {}, y = this.y): void {
    const direction = style.direction ?? paragraphDirection(text);
    const atEnd = (direction === "rtl") !== this.rtl;
    const at = atEnd ? x + width - this.measure(text, { ...style, direction }) : x;
    this.text(text, at, { ...style, direction }, y);
  }

  private queued: Array<{ line: LaidOutLine; x: number; y: number; size: number; color: RGB }> = [];

  /** Writes the queued text of the current page as one content stream. */
  flush(): void {
    if (!this.page || this.queued.length === 0) return;
    const keys = new Map<EmbeddedFont, string>();
    const ops: string[] = ["q", "BT"];
    const paths: string[] = [];
    let font: EmbeddedFont | null = null;
    let size = 0;
    let color = "";
    for (const item of this.queued) {
      const c = `${num(item.color.red)} ${num(item.color.green)} ${num(item.color.blue)} rg`;
      if (c !== color) {
        ops.push(c);
        color = c;
      }
      for (const { font: runFont, run, x } of item.line.runs) {
        if (runFont !== font || item.size !== size) {
          let key = keys.get(runFont);
          if (!key) {
            key = this.page.node.newFontDictionary("F", runFont.ref).toString();
            keys.set(runFont, key);
          }
          ops.push(`${key} ${num(item.size)} Tf`);
          font = runFont;
          size = item.size;
        }
        const left = item.x + (x * item.size) / 1000;
        const shown = showGlyphs(run.glyphs);
        ops.push(`1 0 0 1 ${num(left)} ${num(item.y)} Tm`, ...shown.ops);
        const scale = item.size / 1000;
        for (const o of shown.outlines)
          paths.push(`q ${c} ${num(scale)} 0 0 ${num(scale)} ${num(left + o.x * scale)} ${num(item.y + o.y * scale)} cm ${o.outline} f Q`);
      }
    }
    ops.push("ET", "Q", ...paths);
    const stream = this.pdf.context.flateStream(ops.join("\n"));
    this.page.node.addContentStream(this.pdf.context.register(stream));
    this.queued = [];
  }

  /** `text` cut with an ellipsis to `width`. */
  fit(text: string, width: number, style: TextStyle = {}): string {
    if (this.measure(text, style) <= width) return text;
    let lo = 0;
    let hi = text.length;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (this.measure(`${text.slice(0, mid)}…`, style) <= width) lo = mid;
      else hi = mid - 1;
    }
    return `${text.slice(0, lo).trimEnd()}…`;
  }

  /** Breaks `text` into lines no wider than `width` (at spaces; a word longer than a line is cut). */
  wrap(text: string, width: number, style: TextStyle = {}): string[] {
    return this.wrapLines(text, width, style).map((l) => l.text);
  }

  /** `wrap`, each line with the direction of the paragraph (a line break starts one) it comes from. */
  wrapLines(text: string, width: number, style: TextStyle = {}): Array<{ text: string; direction: Direction }> {
    const lines: Array<{ text: string; direction: Direction }> = [];
    for (const paragraph of text.split("\n")) {
      const direction = style.direction ?? paragraphDirection(paragraph);
      const lineStyle = { ...style, direction };
      let line = "";
      for (const word of paragraph.split(/\s+/).filter(Boolean)) {
        const next = line ? `${line} ${word}` : word;
        if (this.measure(next, lineStyle) <= width) line = next;
        else {
          if (line) lines.push({ text: line, direction });
          line = this.measure(word, lineStyle) <= width ? word : this.fit(word, width, lineStyle);
        }
      }
      lines.push({ text: line, direction });
    }
    return lines;
  }

  /** Wrapped text from the cursor down, turning pages as needed (a right-to-left paragraph right-aligned); returns the lines drawn. */
  paragraph(text: string, x: number, width: number, style: TextStyle = {}, leading = (style.size ?? 9) * 1.3): number {
    const lines = this.wrapLines(text, width, style);
    for (const line of lines) {
      this.need(leading);
      this.line(line.text, x, width, { ...style, direction: line.direction });
      this.y -= leading;
    }
    return lines.length;
  }

  /** A full-width explanatory note in the soft colour. */
  note(text: string, size = 7.5): void {
    this.paragraph(text, MARGIN, this.contentWidth, { size, color: SOFT }, size * 1.27);
  }

  heading(text: string, size = 13): void {
    this.need(size * 2.4);
    this.y -= size * 0.4;
    this.text(text, MARGIN, { size, bold: true });
    this.y -= size * 1.2;
  }

  /** A clickable area that opens `url`. */
  link(url: string, x: number, y: number, width: number, height: number, page: PDFPage = this.page): void {
    const left = this.mirrorX(x, width, page.getWidth());
    const annotation = this.pdf.context.register(
      this.pdf.context.obj({
        Type: "Annot",
        Subtype: "Link",
        Rect: [left, y, left + width, y + height],
        Border: [0, 0, 0],
        A: { Type: "Action", S: "URI", URI: PDFString.of(url) },
      }),
    );
    page.node.addAnnot(annotation);
  }

  /** Every page's footer: the sheet's title, the section, "Page n of N" (`pageOf` in the sheet's language), and the view's link (clickable). Call once, last. */
  footers(title: string, url: string, pageOf = (page: number, total: number) => `Page ${page} of ${total}`): void {
    this.flush();
    const total = this.pages.length;
    const style = { size: 7, color: SOFT };
    this.pages.forEach(({ page, section }, i) => {
      this.page = page;
      const width = page.getWidth();
      const number = pageOf(i + 1, total);
      const numberWidth = this.measure(number, style);
      this.rule(MARGIN, width - MARGIN, MARGIN + 12, 0.5, RULE);
      this.text(this.fit(`${isolate(title)}${section ? ` · ${section}` : ""}`, (width - 2 * MARGIN) * 0.45, style), MARGIN, style, MARGIN + 2);
      const shownUrl = this.fit(url, (width - 2 * MARGIN) * 0.45 - numberWidth - 12, style);
      const urlWidth = this.measure(shownUrl, style);
      const urlX = width - MARGIN - numberWidth - 12 - urlWidth;
      this.text(shownUrl, urlX, { size: 7, color: LINK }, MARGIN + 2);
      this.link(url, urlX, MARGIN, urlWidth, 9, page);
      this.text(number, width - MARGIN - numberWidth, { size: 7 }, MARGIN + 2);
      this.flush();
    });
  }
}

/** A number for a content stream: at most three decimals, no exponent. */
function num(n: number): string {
  return String(Math.round(n * 1000) / 1000);
}

const hex = (cid: number) => cid.toString(16).padStart(4, "0");

/**
 * The operators that show a run's glyphs from the current text position: each glyph at the pen
 * plus its offset, the pen moved by its advance (TJ adjustments where the advance or the offset
 * differs from the font's width). Glyphs drawn as outlines come back with their place in the
 * run, for the caller to fill after the text object.
 */
export function showGlyphs(glyphs: readonly PlacedGlyph[]): { ops: string[]; outlines: Array<{ x: number; y: number; outline: string }> } {
  const parts: string[] = [];
  const outlines: Array<{ x: number; y: number; outline: string }> = [];
  let codes = "";
  let shift = 0;
  let pen = 0;
  const move = (thousandths: number) => {
    shift += thousandths;
  };
  const flushShift = () => {
    if (Math.abs(shift) >= 0.01) {
      if (codes) parts.push(`<${codes}>`);
      codes = "";
      parts.push(num(-shift));
    }
    shift = 0;
  };
  for (const g of glyphs) {
    if (g.outline !== undefined) {
      outlines.push({ x: pen + g.xOffset, y: g.yOffset, outline: g.outline });
      move(g.advance);
    } else {
      move(g.xOffset);
      flushShift();
      codes += hex(g.cid);
      move(g.advance - g.xOffset - g.width);
    }
    pen += g.advance;
  }
  if (codes) parts.push(`<${codes}>`);
  if (parts.length === 0) return { ops: [], outlines };
  return { ops: [parts.length === 1 ? `${parts[0]} Tj` : `[${parts.join(" ")}] TJ`], outlines };
}
