import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { datasetComparisonModel } from "@/lib/export/dataset-model";
import type { EmbeddedFont } from "@/lib/export/pdf/embedded-font";
import { layOutLine } from "@/lib/export/pdf/line-layout";
import { sheetFonts } from "@/lib/export/pdf/sheet-fonts";
import { MARGIN, SheetWriter } from "@/lib/export/pdf/sheet-writer";
import { writePdf } from "@/lib/export/write-pdf";
import { loadDatasetFile } from "@/lib/server/dataset/load-dataset-file";
import { extractPdfText } from "@/lib/server/sources/extract-pdf-text";
import { folded, pdfPages } from "../support/pdf-text";

const ARABIC_FRAMEWORK = "مبادرة هرمز للسلام";
const PERSIAN_FRAMEWORK = "طرح صلح هرمز پیشنهاد ایران";
const RUSSIAN_FRAMEWORK = "Концепция коллективной безопасности";
const ARABIC_CRITERION = "قبول لدى دول الخليج";
const PERSIAN_CRITERION = "پذیرش کشورهای ساحلی و گفتگوی چندجانبه";
const RUSSIAN_CRITERION = "Приемлемость для Ирана";
const ARABIC_NOTE = "وقّع الطرفان الاتفاق بعد جولات طويلة من المحادثات ويبقى تنفيذه موضع خلاف كبير";
/** poppler takes the Arabic comma for part of a number: on a mostly left-to-right page it splits a line there. */
const ARABIC_WITH_COMMA = "بعد جولات طويلة من المحادثات، يبقى التنفيذ موضع خلاف";
/** An Arabic sentence with a number and a Latin name inside it. */
const MIXED = "وقّع الاتفاق في 2019 مع Oman بعد 3 جولات.";

/** pdftotext's text with the embedding marks it adds around right-to-left runs (RLE, LRE, PDF) dropped. */
const plain = (text: string) => folded(text.replace(/[\u202a-\u202e]/g, ""));

function pdfTool(tool: string, bytes: Uint8Array, args: string[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pdf-scripts-"));
  try {
    const file = path.join(dir, "sheet.pdf");
    fs.writeFileSync(file, bytes);
    return execFileSync(tool, [...args, file, ...(tool === "pdftotext" ? ["-"] : [])], { encoding: "utf8" });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A one-page PDF of paragraphs drawn by the sheet's writer, one under the other. */
async function paragraphsPdf(paragraphs: readonly string[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const { fonts, embed } = sheetFonts(pdf);
  const w = new SheetWriter(pdf, fonts, "a4");
  w.newPage(false, "");
  for (const p of paragraphs) w.paragraph(p, MARGIN, w.contentWidth, { size: 12 }, 18);
  w.flush();
  await embed();
  return pdf.save();
}

async function testFonts() {
  const pdf = await PDFDocument.create();
  return sheetFonts(pdf).fonts.regular;
}

describe("the PDF comparison sheet in Arabic, Persian and Russian", () => {
  it("embeds subset fonts and gives the names, criteria and note back in the order typed (pdftotext and pdf.js)", { timeout: 120_000 }, async () => {
    const dataset = structuredClone(loadDatasetFile());
    const [a, b, c] = dataset.frameworks;
    Object.assign(a!, { name: ARABIC_FRAMEWORK, shortName: ARABIC_FRAMEWORK });
    Object.assign(b!, { name: PERSIAN_FRAMEWORK, shortName: "صلح هرمز" });
    Object.assign(c!, { name: RUSSIAN_FRAMEWORK, shortName: "КБ" });
    dataset.criteria[0]!.name = ARABIC_CRITERION;
    dataset.criteria[1]!.name = PERSIAN_CRITERION;
    dataset.criteria[2]!.name = RUSSIAN_CRITERION;
    const bytes = await writePdf(datasetComparisonModel(dataset), { note: ARABIC_NOTE, title: "مقارنة أطر الأمن في الخليج" });

    const text = plain(pdfPages(bytes).join(" "));
    for (const typed of [ARABIC_FRAMEWORK, PERSIAN_FRAMEWORK, RUSSIAN_FRAMEWORK, ARABIC_CRITERION, PERSIAN_CRITERION, RUSSIAN_CRITERION, ARABIC_NOTE])
      expect(text).toContain(typed);
    expect(text).toContain("مقارنة أطر الأمن في الخليج");
    expect(text).not.toMatch(/\?{2,}|\ufffd/);

    // The app's own PDF reader (pdf.js) reads the same words back.
    const read = await extractPdfText(bytes);
    expect(read.ok).toBe(true);
    const readText = read.ok ? folded(read.text) : "";
    for (const typed of [ARABIC_FRAMEWORK, PERSIAN_FRAMEWORK, ARABIC_CRITERION, PERSIAN_CRITERION, RUSSIAN_CRITERION, ARABIC_NOTE])
      expect(readText).toContain(typed);

    // Every font embedded, as a subset, with a Unicode map; the file stays small (the four font files are 1.4 MB).
    const fonts = pdfTool("pdffonts", bytes, []).trim().split("\n").slice(2);
    expect(fonts.length).toBe(4);
    for (const row of fonts) expect(row).toMatch(/^[A-Z]{6}\+\S+\s+CID TrueType\s+Identity-H\s+yes yes yes/);
    expect(bytes.byteLength).toBeLessThan(250 * 1024);
  });

  it("prints an Arabic sentence with a number and a Latin name in logical order: pdftotext returns it as typed on a right-to-left page", {
    timeout: 60_000,
  }, async () => {
    const persian = "پیشنهاد صلح هرمز (طرح ایران) در سال ۱۳۹۸ ارائه شد.";
    const bytes = await paragraphsPdf([MIXED, persian, "جداً أيضاً لا إله", ARABIC_WITH_COMMA]);
    // poppler orders a line by the page's main direction (more right-to-left letters than left-to-right here)
    // and moves the spaces next to numbers; the letters, numbers and names come back in the order typed.
    const squeezed = (s: string) => s.replace(/[\s\u202a-\u202e]/g, "");
    const text = squeezed(pdfTool("pdftotext", bytes, ["-enc", "UTF-8"]));
    for (const typed of [MIXED, persian, "جداً أيضاً لا إله", ARABIC_WITH_COMMA]) expect(text).toContain(squeezed(typed));
  });

  it("right-aligns a right-to-left paragraph and left-aligns a left-to-right one", { timeout: 60_000 }, async () => {
    const bytes = await paragraphsPdf([ARABIC_NOTE, "The leader and what would change it"]);
    const words = [
      ...pdfTool("pdftotext", bytes, ["-bbox", "-enc", "UTF-8"]).matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g),
    ].map((m) => ({ xMin: Number(m[1]), xMax: Number(m[2]), text: m[3]! }));
    const right = (await PDFDocument.load(bytes)).getPage(0).getWidth() - MARGIN;
    const arabic = words.filter((w) => /[\u0600-\u06ff]/.test(w.text));
    const latin = words.filter((w) => /[a-z]/i.test(w.text));
    expect(Math.max(...arabic.map((w) => w.xMax))).toBeCloseTo(right, 0);
    expect(Math.min(...arabic.map((w) => w.xMin))).toBeGreaterThan(MARGIN + 20);
    expect(Math.min(...latin.map((w) => w.xMin))).toBeCloseTo(MARGIN, 0);
  });
});

/** The runs of a laid-out line from left to right, each as the text it stands for in the order typed. */
function visualRuns(text: string, fonts: { latin: EmbeddedFont; arabic: EmbeddedFont }, direction?: "ltr" | "rtl") {
  const line = layOutLine(text, fonts, direction);
  return [...line.runs]
    .sort((p, q) => p.x - q.x)
    .map(({ font, run }) => {
      const texts = run.glyphs.map((g) => font.entry(g.cid).text);
      const rtl = /[\u0600-\u06ff]/.test(texts.join(""));
      return (rtl ? texts.reverse().map((t) => Array.from(t).reverse().join("")) : texts).join("").trim();
    })
    .filter(Boolean);
}

describe("laying out a line", () => {
  it("puts the runs of a right-to-left sentence right to left, a number and a Latin name inside it left to right", async () => {
    const fonts = await testFonts();
    expect(layOutLine(MIXED, fonts).direction).toBe("rtl");
    expect(visualRuns(MIXED, fonts)).toEqual(["جولات.", "3", "بعد", "Oman", "مع", "2019", "وقّع الاتفاق في"]);
    // An English sentence around an isolated Arabic name stays left to right.
    const sentence = `\u2068${ARABIC_FRAMEWORK}\u2069 leads with 0.898 (first).`;
    expect(layOutLine(sentence, fonts).direction).toBe("ltr");
    expect(visualRuns(sentence, fonts)).toEqual([ARABIC_FRAMEWORK, "leads with 0.898 (first)."]);
  });

  it("shapes Arabic and Persian letters into their joining forms and the lam-alef ligature", async () => {
    const { arabic } = await testFonts();
    const nominal = (ch: string) => arabic.entry(arabic.glyphOf(ch.codePointAt(0)!).cid).gid;
    // بيت: initial beh, medial yeh, final teh, drawn right to left (the first letter at the right).
    const word = arabic.shape("بيت", true).glyphs.map((g) => arabic.entry(g.cid));
    expect(word.map((g) => g.text)).toEqual(["ت", "ي", "ب"]);
    for (const g of word) expect(g.gid).not.toBe(nominal(g.text));
    // Persian letters (پ چ ژ گ ی ک) join too, each mapped back to itself.
    const persian = arabic.shape("پچژگیک", true).glyphs.map((g) => arabic.entry(g.cid));
    expect(persian.map((g) => g.text).join("")).toBe("کیگژچپ");
    expect(persian.filter((g) => g.gid !== nominal(g.text)).length).toBeGreaterThanOrEqual(5);
    // لا is one glyph standing for both letters (in visual order, which extractors reverse).
    const lamAlef = arabic.shape("لا", true).glyphs.map((g) => arabic.entry(g.cid));
    expect(lamAlef).toHaveLength(1);
    expect(lamAlef[0]!.text).toBe("ال");
  });

  it("mirrors a bracket in a right-to-left run, mapping it back to the bracket typed", async () => {
    const fonts = await testFonts();
    const line = layOutLine("(ب)", fonts);
    const glyphs = [...line.runs].sort((p, q) => p.x - q.x).flatMap(({ font, run }) => run.glyphs.map((g) => ({ ...font.entry(g.cid), font })));
    const rightmost = glyphs.at(-1)!;
    expect(rightmost.text).toBe("(");
    expect(rightmost.gid).toBe(rightmost.font.entry(rightmost.font.glyphOf(")".codePointAt(0)!).cid).gid);
  });
});
