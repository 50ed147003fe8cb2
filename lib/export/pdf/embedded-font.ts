import fontkit, { type Font, type Glyph, type GlyphRun, type TypeFeatures } from "@pdf-lib/fontkit";
import { type PDFDocument, type PDFRef, PDFString } from "pdf-lib";

/**
 * A glyph as drawn: its code in the font (CID) and where it goes, in thousandths of the font
 * size. A mark raised or lowered off the baseline is drawn as its outline (path operators in
 * thousandths) instead, its text joining its base's: an extractor would take a glyph off the
 * baseline for a line of its own.
 */
export type PlacedGlyph = { cid: number; width: number; advance: number; xOffset: number; yOffset: number; outline?: string };
/** The glyphs of a run in visual order (left to right) and their total advance, in thousandths of the font size. */
export type ShapedRun = { glyphs: readonly PlacedGlyph[]; width: number };

/** Marks are positioned by the font's GPOS table, which only fontkit's layout applies. */
const MARK = /\p{M}/u;
const ONLY_MARKS = /^\p{M}+$/u;

/**
 * One TrueType font embedded in a PDF as a Type 0 (CID) font, subset to the glyphs drawn.
 *
 * Why not pdf-lib's `embedFont`: it writes a glyph's code points as fontkit first met them and
 * drops fontkit's positions. Here every pair (glyph, the text it stands for) gets its own CID,
 * so the ToUnicode map is exact for each use: a mirrored bracket maps to the bracket typed, a
 * glyph shared by two letters maps to each, and a ligature in a right-to-left run maps to its
 * letters in visual order, which extractors (poppler, pdf.js) reverse with the rest of the run.
 * Mark and cursive offsets are kept (the writer turns them into TJ adjustments and text rise).
 */
export class EmbeddedFont {
  readonly ref: PDFRef;
  private readonly font: Font;
  /** Font units to thousandths of the font size. */
  private readonly scale: number;
  private readonly subset: ReturnType<Font["createSubset"]>;
  /** CID → the glyph id it draws and the text it stands for; CID 0 is .notdef. */
  private readonly entries: Array<{ gid: number; text: string; width: number }> = [{ gid: 0, text: "", width: 0 }];
  private readonly cids = new Map<string, number>();
  private readonly nominal = new Map<number, PlacedGlyph>();
  private readonly shaped = new Map<string, ShapedRun>();

  constructor(
    private readonly pdf: PDFDocument,
    data: Uint8Array,
    private readonly features: TypeFeatures,
  ) {
    this.font = fontkit.create(data);
    this.scale = 1000 / this.font.unitsPerEm;
    this.subset = this.font.createSubset();
    this.ref = pdf.context.nextRef();
  }

  /** What a CID draws (the font's glyph id) and stands for (its ToUnicode text). */
  entry(cid: number): { gid: number; text: string } {
    const { gid, text } = this.entries[cid] ?? this.entries[0]!;
    return { gid, text };
  }

  has(codePoint: number): boolean {
    return this.font.hasGlyphForCodePoint(codePoint);
  }

  /** The glyph a code point maps to on its own (no shaping), placed at its own advance. */
  glyphOf(codePoint: number): PlacedGlyph {
    let placed = this.nominal.get(codePoint);
    if (!placed) {
      const glyph = this.font.glyphForCodePoint(codePoint);
      const advance = glyph.advanceWidth * this.scale;
      placed = { cid: this.cid(glyph.id, String.fromCodePoint(codePoint)), width: advance, advance, xOffset: 0, yOffset: 0 };
      this.nominal.set(codePoint, placed);
    }
    return placed;
  }

  /**
   * `shown` (a run of one direction, in logical order, brackets already mirrored where right to
   * left) shaped by the font: joining forms, ligatures, marks. `typed` is the same run as typed,
   * for the text layer. Text with nothing to shape takes each character's own glyph.
   */
  shape(shown: string, rtl: boolean, typed = shown): ShapedRun {
    const key = `${rtl ? "R" : "L"}${shown}\u0000${typed}`;
    let run = this.shaped.get(key);
    if (!run) {
      run = rtl || MARK.test(shown) ? this.layout(shown, rtl, typed) : this.nominalRun(shown);
      this.shaped.set(key, run);
    }
    return run;
  }

  private nominalRun(text: string): ShapedRun {
    const glyphs: PlacedGlyph[] = [];
    let width = 0;
    for (const ch of text) {
      const glyph = this.glyphOf(ch.codePointAt(0)!);
      glyphs.push(glyph);
      width += glyph.advance;
    }
    return { glyphs, width };
  }

  private layout(shown: string, rtl: boolean, typed: string): ShapedRun {
    // fontkit's layout takes a script, a language and a direction after the features (its types
    // list only the first two): the script is detected, the direction is the bidi run's.
    const layout = this.font.layout.bind(this.font) as (
      text: string,
      features: TypeFeatures,
      script?: string,
      language?: string,
      direction?: string,
    ) => GlyphRun;
    const run = layout(shown, this.features, undefined, undefined, rtl ? "rtl" : "ltr");
    const texts = glyphTexts(run, typed, rtl);
    let width = 0;
    const glyphs = run.glyphs.map((glyph, i): PlacedGlyph => {
      const position = run.positions[i]!;
      const advance = position.xAdvance * this.scale;
      width += advance;
      const placed = { width: glyph.advanceWidth * this.scale, advance, xOffset: position.xOffset * this.scale, yOffset: position.yOffset * this.scale };
      const text = texts[i] ?? null;
      return text === null ? { ...placed, cid: 0, outline: this.outline(glyph) } : { ...placed, cid: this.cid(glyph.id, text) };
    });
    return { glyphs, width };
  }

  /** A glyph's outline as PDF path operators, in thousandths of the font size. */
  private outline(glyph: Glyph): string {
    const commands = (glyph.path as unknown as { commands: Array<{ command: string; args: number[] }> }).commands;
    const n = (v: number) => String(Math.round(v * this.scale * 100) / 100);
    const ops: string[] = [];
    let [x, y] = [0, 0];
    for (const { command, args } of commands) {
      if (command === "moveTo" || command === "lineTo") ops.push(`${n(args[0]!)} ${n(args[1]!)} ${command === "moveTo" ? "m" : "l"}`);
      else if (command === "bezierCurveTo") ops.push(`${args.map(n).join(" ")} c`);
      else if (command === "quadraticCurveTo") {
        // A quadratic curve as the cubic through the same points.
        const [qx, qy, ex, ey] = args as [number, number, number, number];
        ops.push(`${[x + (2 / 3) * (qx - x), y + (2 / 3) * (qy - y), ex + (2 / 3) * (qx - ex), ey + (2 / 3) * (qy - ey), ex, ey].map(n).join(" ")} c`);
      } else if (command === "closePath") ops.push("h");
      if (args.length >= 2) [x, y] = [args[args.length - 2]!, args[args.length - 1]!];
    }
    return ops.join(" ");
  }

  private cid(gid: number, text: string): number {
    const key = `${gid} ${text}`;
    let cid = this.cids.get(key);
    if (cid === undefined) {
      // Two-byte codes: past 65,535 distinct uses (text far beyond a sheet's) a glyph is drawn as .notdef.
      if (this.entries.length > 0xffff) return 0;
      cid = this.entries.length;
      // fontkit's subset keeps one copy per glyph id; a glyph standing for two texts is copied,
      // so that each CID is its position in the subset (CIDToGIDMap /Identity).
      (this.subset as unknown as { glyphs: number[] }).glyphs.push(gid);
      this.entries.push({ gid, text, width: this.font.getGlyph(gid).advanceWidth * this.scale });
      this.cids.set(key, cid);
    }
    return cid;
  }

  /** Writes the font's objects (Type 0 font, CID font, descriptor, subset file, ToUnicode map) at `ref`. Call once, after the last text. */
  async embed(tag: string): Promise<void> {
    if (this.entries.length === 1) return; // nothing drawn with it (no page names it)
    const { context } = this.pdf;
    const name = `${tag}+${(this.font.postscriptName || "Font").replace(/[^\x21-\x7e]|[/()<>[\]{}%#]/g, "")}`;
    const file = context.register(context.flateStream(await subsetBytes(this.subset)));
    const { bbox } = this.font;
    const descriptor = context.register(
      context.obj({
        Type: "FontDescriptor",
        FontName: name,
        Flags: 4,
        FontBBox: [bbox.minX, bbox.minY, bbox.maxX, bbox.maxY].map((v) => Math.round(v * this.scale)),
        ItalicAngle: this.font.italicAngle,
        Ascent: Math.round(this.font.ascent * this.scale),
        Descent: Math.round(this.font.descent * this.scale),
        CapHeight: Math.round((this.font.capHeight || this.font.ascent) * this.scale),
        StemV: 80,
        FontFile2: file,
      }),
    );
    const cidFont = context.register(
      context.obj({
        Type: "Font",
        Subtype: "CIDFontType2",
        BaseFont: name,
        CIDSystemInfo: { Registry: PDFString.of("Adobe"), Ordering: PDFString.of("Identity"), Supplement: 0 },
        FontDescriptor: descriptor,
        CIDToGIDMap: "Identity",
        W: [0, this.entries.map((e) => Math.round(e.width))],
      }),
    );
    const toUnicode = context.register(context.flateStream(toUnicodeCMap(this.entries.map((e) => e.text))));
    context.assign(
      this.ref,
      context.obj({ Type: "Font", Subtype: "Type0", BaseFont: name, Encoding: "Identity-H", DescendantFonts: [cidFont], ToUnicode: toUnicode }),
    );
  }
}

/**
 * The text each glyph of a shaped run stands for, from the run as typed, in the run's (visual)
 * order: fontkit gives each glyph the code points it was first created with (a ligature has
 * several), so the count is taken from it and the characters from the run. A mark off the
 * baseline (drawn as an outline) gets null, its text going to its base. Right to left, a glyph
 * of several characters gives them in visual order, as extractors reverse the whole run.
 */
function glyphTexts(run: GlyphRun, typed: string, rtl: boolean): Array<string | null> {
  const chars = Array.from(typed);
  const order = run.glyphs.map((_, i) => (rtl ? run.glyphs.length - 1 - i : i));
  const counts = order.map((i) => run.glyphs[i]!.codePoints.length);
  const matches = counts.reduce((a, b) => a + b, 0) === chars.length;
  let at = 0;
  const texts = order.map((i, k) => {
    if (!matches) return String.fromCodePoint(...run.glyphs[i]!.codePoints);
    const text = chars.slice(at, at + counts[k]!).join("");
    at += counts[k]!;
    return text;
  });
  const logical: Array<string | null> = [];
  let base = -1;
  texts.forEach((text, k) => {
    const raised = base >= 0 && ONLY_MARKS.test(text) && run.positions[order[k]!]!.yOffset !== 0;
    if (raised) logical[base] += text;
    else base = k;
    logical.push(raised ? null : text);
  });
  const visual: Array<string | null> = new Array(order.length);
  order.forEach((i, k) => {
    const text = logical[k] ?? null;
    visual[i] = text !== null && rtl ? Array.from(text).reverse().join("") : text;
  });
  return visual;
}

function subsetBytes(subset: ReturnType<Font["createSubset"]>): Promise<Uint8Array> {
  return new Promise((resolve) => {
    const parts: Uint8Array[] = [];
    subset
      .encodeStream()
      .on("data", (bytes) => parts.push(bytes))
      .on("end", () => resolve(Buffer.concat(parts)));
  });
}

/** A ToUnicode CMap: CID → the text it stands for (UTF-16BE), in blocks of at most 100 as the format asks. */
function toUnicodeCMap(texts: readonly string[]): string {
  const entries: string[] = [];
  texts.forEach((text, cid) => {
    if (!text) return;
    const utf16 = Array.from({ length: text.length }, (_, i) => text.charCodeAt(i).toString(16).padStart(4, "0")).join("");
    entries.push(`<${cid.toString(16).padStart(4, "0")}> <${utf16}>`);
  });
  const blocks: string[] = [];
  for (let i = 0; i < entries.length; i += 100) {
    const block = entries.slice(i, i + 100);
    blocks.push(`${block.length} beginbfchar\n${block.join("\n")}\nendbfchar`);
  }
  return [
    "/CIDInit /ProcSet findresource begin",
    "12 dict begin",
    "begincmap",
    "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
    "/CMapName /Adobe-Identity-UCS def",
    "/CMapType 2 def",
    "1 begincodespacerange",
    "<0000> <FFFF>",
    "endcodespacerange",
    ...blocks,
    "endcmap",
    "CMapName currentdict /CMap defineresource pop",
    "end",
    "end",
  ].join("\n");
}
