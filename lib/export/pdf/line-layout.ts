import bidiFactory from "bidi-js";
import type { EmbeddedFont, ShapedRun } from "./embedded-font";

const bidi = bidiFactory();

export type Direction = "ltr" | "rtl";
/** A style's two fonts: Latin, Cyrillic and symbols; Arabic script. */
export type FontPair = { latin: EmbeddedFont; arabic: EmbeddedFont };
/**
 * A line ready to draw: runs of one font and direction, each at `x` from the line's left edge,
 * in thousandths of the font size. The runs are in logical order (the order typed), so that the
 * content stream holds the text in reading order whatever its direction.
 */
export type LaidOutRun = { font: EmbeddedFont; run: ShapedRun; x: number };
export type LaidOutLine = { runs: readonly LaidOutRun[]; width: number; direction: Direction };

/** Arabic-script letters, digits, marks and presentation forms: drawn with the Arabic font. */
const ARABIC = /[\u0600-\u06ff\u0750-\u077f\u0870-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/u;
/** Characters that only steer the bidi algorithm (marks, embeddings, isolates): never drawn. */
const BIDI_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
/** What needs the bidi algorithm or shaping: right-to-left letters, bidi controls, combining marks. */
const COMPLEX = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]|\p{M}/u;
/** Spaces, punctuation, symbols and joiners: drawn in the font of the character before them, where it has them. */
const NEUTRAL = /[\s\p{P}\p{S}\u200c\u200d]/u;

/**
 * `text` as an isolate (FSI ... PDI): a name or a note inside an English sentence keeps its own
 * direction and leaves the sentence's alone (an Arabic name first no longer makes the sentence
 * right to left, nor does its punctuation jump).
 */
export const isolate = (text: string): string => `\u2068${text}\u2069`;

/** Whether `text` is plain left-to-right text that each character's own glyph draws. */
export const isSimple = (text: string): boolean => !COMPLEX.test(text);

/** The paragraph direction of `text` by the Unicode rule (its first strong letter outside isolates; none: left to right). */
export function paragraphDirection(text: string): Direction {
  if (isSimple(text)) return "ltr";
  return (bidi.getEmbeddingLevels(text, "auto").paragraphs[0]?.level ?? 0) % 2 ? "rtl" : "ltr";
}

/**
 * One line of text laid out for drawing: the Unicode Bidirectional Algorithm (bidi-js) resolves
 * each character's level in the given paragraph direction (default: from the text) and puts the
 * runs in visual order, mirroring brackets in right-to-left runs; each run of one font and one
 * level is shaped on its own, so Arabic joins within its words and a number or a Latin name
 * inside it stays left to right.
 */
export function layOutLine(text: string, fonts: FontPair, direction?: Direction): LaidOutLine {
  if (isSimple(text) && direction !== "rtl") {
    const run = fonts.latin.shape(text, false);
    return { runs: [{ font: fonts.latin, run, x: 0 }], width: run.width, direction: "ltr" };
  }
  const embedding = bidi.getEmbeddingLevels(text, direction ?? "auto");
  const { levels } = embedding;
  const mirrored = bidi.getMirroredCharactersMap(text, levels);
  const fontAt = fontsByIndex(text, fonts);
  const order = bidi.getReorderedIndices(text, embedding).filter((i) => !BIDI_CONTROL.test(text[i]!));
  const runs: Array<LaidOutRun & { start: number }> = [];
  let width = 0;
  for (let k = 0; k < order.length; ) {
    const first = order[k]!;
    const rtl = levels[first]! % 2 === 1;
    const step = rtl ? -1 : 1;
    let last = first;
    let next = k + 1;
    while (next < order.length && order[next] === last + step && levels[order[next]!] === levels[first] && fontAt[order[next]!] === fontAt[first]) {
      last = order[next]!;
      next++;
    }
    const [from, to] = rtl ? [last, first] : [first, last];
    let shown = "";
    for (let i = from; i <= to; i++) shown += mirrored.get(i) ?? text[i];
    const font = fontAt[first]!;
    const run = font.shape(shown, rtl, text.slice(from, to + 1));
    runs.push({ font, run, x: width, start: from });
    width += run.width;
    k = next;
  }
  runs.sort((a, b) => a.start - b.start);
  return { runs, width, direction: embedding.paragraphs[0]?.level ? "rtl" : "ltr" };
}

/** The font of each UTF-16 index: Arabic script in the Arabic font, neutrals in the font before them, the rest in the Latin font. */
function fontsByIndex(text: string, fonts: FontPair): EmbeddedFont[] {
  const result: EmbeddedFont[] = new Array(text.length);
  let previous: EmbeddedFont | null = null;
  for (let i = 0; i < text.length; ) {
    const codePoint = text.codePointAt(i)!;
    const ch = String.fromCodePoint(codePoint);
    let font: EmbeddedFont;
    if (ARABIC.test(ch) && fonts.arabic.has(codePoint)) font = fonts.arabic;
    else if (previous && NEUTRAL.test(ch) && previous.has(codePoint)) font = previous;
    else font = fonts.latin.has(codePoint) || !fonts.arabic.has(codePoint) ? fonts.latin : fonts.arabic;
    for (let j = 0; j < ch.length; j++) result[i + j] = font;
    if (!BIDI_CONTROL.test(ch)) previous = font;
    i += ch.length;
  }
  return result;
}
