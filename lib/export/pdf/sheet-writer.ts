import {
  beginText,
  endText,
  PDFString,
  popGraphicsState,
  pushGraphicsState,
  rgb,
  setFillingRgbColor,
  setFontAndSize,
  setTextMatrix,
  showText,
  type PDFDocument,
  type PDFFont,
  type PDFName,
  type PDFOperator,
  type PDFPage,
  type RGB,
} from "pdf-lib";
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

const RTL_CHARS = "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff";
const RTL = new RegExp(`[${RTL_CHARS}]`);
/** A right-to-left run: right-to-left letters, with the spaces and punctuation between them. */
const RTL_RUN = new RegExp(`([${RTL_CHARS}]+(?:[\\s\u060c.,:;-]+[${RTL_CHARS}]+)*)`);

type TextStyle = { size?: number; bold?: boolean; color?: RGB };

/**
 * A cursor over the pages of a sheet: the next line's baseline is `y`; `need` starts a new
 * page (in the same orientation, unless told) when what follows would not fit. Text is drawn
 * with the embedded fonts; widths are measured with them, so wrapping and cutting are exact.
 */
export class SheetWriter {
  page!: PDFPage;
  y = 0;
  landscape = false;
  readonly pages: Array<{ page: PDFPage; section: string }> = [];
  private section = "";

  constructor(
    readonly pdf: PDFDocument,
    readonly fonts: { regular: PDFFont; bold: PDFFont },
    readonly paper: Paper,
  ) {}

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

  font(bold?: boolean): PDFFont {
    return bold ? this.fonts.bold : this.fonts.regular;
  }

  /**
   * The width of `text`: the sum of its characters' advances, each measured once per font
   * (fontkit lays out a whole string per call, far too slow for the thousands of cells of a
   * large matrix). Kerning and Arabic joining are left out; the difference is a few per cent.
   */
  measure(text: string, style: TextStyle = {}): number {
    const bold = style.bold ?? false;
    const advances = bold ? this.advances.bold : this.advances.regular;
    const font = this.font(bold);
    let width = 0;
    for (const ch of text) {
      let advance = advances.get(ch);
      if (advance === undefined) {
        advance = font.widthOfTextAtSize(ch, 1);
        advances.set(ch, advance);
      }
      width += advance;
    }
    return width * (style.size ?? 9);
  }
  private readonly advances = { regular: new Map<string, number>(), bold: new Map<string, number>() };

  /**
   * Text at (x, y). It is queued and written with the page's other text in one text object
   * when the page is done (so it lies above the page's fills): drawText's per-call graphics
   * state and font lookup cost most of the time of a 200 x 100 matrix.
   */
  text(text: string, x: number, style: TextStyle = {}, y = this.y): void {
    if (!text) return;
    const size = style.size ?? 9;
    const font = this.font(style.bold);
    const color = style.color ?? INK;
    if (!RTL.test(text)) return void this.queued.push({ text, x, y, size, font, color });
    // fontkit lays a string containing Arabic or Hebrew out right to left as a whole, which would
    // reverse the Latin around it: each right-to-left run is laid out on its own, in place.
    let at = x;
    for (const run of text.split(RTL_RUN).filter(Boolean)) {
      this.queued.push({ text: run, x: at, y, size, font, color });
      at += font.widthOfTextAtSize(run, size);
    }
  }
  private queued: Array<{ text: string; x: number; y: number; size: number; font: PDFFont; color: RGB }> = [];
  private readonly fontKeys = new Map<PDFFont, PDFName>();

  /** Writes the queued text of the current page. */
  flush(): void {
    if (!this.page || this.queued.length === 0) return;
    this.fontKeys.clear();
    const ops: PDFOperator[] = [pushGraphicsState(), beginText()];
    let font: PDFFont | null = null;
    let size = 0;
    let color = "";
    for (const item of this.queued) {
      if (item.font !== font || item.size !== size) {
        let key = this.fontKeys.get(item.font);
        if (!key) {
          key = this.page.node.newFontDictionary(item.font.name, item.font.ref);
          this.fontKeys.set(item.font, key);
        }
        ops.push(setFontAndSize(key, item.size));
        font = item.font;
        size = item.size;
      }
      const c = `${item.color.red},${item.color.green},${item.color.blue}`;
      if (c !== color) {
        ops.push(setFillingRgbColor(item.color.red, item.color.green, item.color.blue));
        color = c;
      }
      ops.push(setTextMatrix(1, 0, 0, 1, item.x, item.y), showText(item.font.encodeText(item.text)));
    }
    ops.push(endText(), popGraphicsState());
    this.page.pushOperators(...ops);
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
    const lines: string[] = [];
    for (const paragraph of text.split("\n")) {
      let line = "";
      for (const word of paragraph.split(/\s+/).filter(Boolean)) {
        const next = line ? `${line} ${word}` : word;
        if (this.measure(next, style) <= width) line = next;
        else {
          if (line) lines.push(line);
          line = this.measure(word, style) <= width ? word : this.fit(word, width, style);
        }
      }
      lines.push(line);
    }
    return lines;
  }

  /** Wrapped text from the cursor down, turning pages as needed; returns the lines drawn. */
  paragraph(text: string, x: number, width: number, style: TextStyle = {}, leading = (style.size ?? 9) * 1.3): number {
    const lines = this.wrap(text, width, style);
    for (const line of lines) {
      this.need(leading);
      this.text(line, x, style);
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
    const annotation = this.pdf.context.register(
      this.pdf.context.obj({
        Type: "Annot",
        Subtype: "Link",
        Rect: [x, y, x + width, y + height],
        Border: [0, 0, 0],
        A: { Type: "Action", S: "URI", URI: PDFString.of(url) },
      }),
    );
    page.node.addAnnot(annotation);
  }

  /** Every page's footer: the sheet's title, the section, "Page n of N", and the view's link (clickable). Call once, last. */
  footers(title: string, url: string): void {
    this.flush();
    const total = this.pages.length;
    const style = { size: 7, color: SOFT };
    this.pages.forEach(({ page, section }, i) => {
      this.page = page;
      const width = page.getWidth();
      const number = `Page ${i + 1} of ${total}`;
      const numberWidth = this.measure(number, style);
      page.drawLine({ start: { x: MARGIN, y: MARGIN + 12 }, end: { x: width - MARGIN, y: MARGIN + 12 }, thickness: 0.5, color: RULE });
      this.text(this.fit(`${title}${section ? ` · ${section}` : ""}`, (width - 2 * MARGIN) * 0.45, style), MARGIN, style, MARGIN + 2);
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
