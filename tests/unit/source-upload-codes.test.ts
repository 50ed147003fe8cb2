import { PDFDocument, StandardFonts } from "pdf-lib";
import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import ar from "@/messages/ar.json";
import en from "@/messages/en.json";
import fa from "@/messages/fa.json";
import ru from "@/messages/ru.json";
import { decodeTextUpload, sourceTextProblem, type TextProblem } from "@/lib/citations/source-text";
import { extractPdfText } from "@/lib/server/sources/extract-pdf-text";
import { readSourceUpload } from "@/lib/server/sources/read-source-upload";

const english = createTranslator({ locale: "en", messages: en, namespace: "errors" }) as unknown as (code: string, params?: object) => string;
const bytes = (text: string) => new TextEncoder().encode(text);

/** Every refusal of an uploaded file that a test can reach: its code and English. */
async function problems(): Promise<TextProblem[]> {
  const blank = await PDFDocument.create();
  blank.addPage();
  const blankPdf = await blank.save();
  const failed = async (outcome: Promise<{ ok: boolean }> | { ok: boolean }) => {
    const o = await outcome;
    if (o.ok) throw new Error("expected a refusal");
    return o as unknown as TextProblem;
  };
  return [
    await failed(readSourceUpload("big.txt", new Uint8Array(20 * 1024 * 1024 + 1))),
    await failed(readSourceUpload("empty.txt", new Uint8Array(0))),
    await failed(readSourceUpload("notes.docx", bytes("text"))),
    await failed(decodeTextUpload(new Uint8Array([0xff, 0xfe, 0x00]))),
    await failed(decodeTextUpload(bytes("a\u0000b"))),
    await failed(decodeTextUpload(bytes(" \n"))),
    sourceTextProblem("x\n".repeat(500_001))!,
    await failed(extractPdfText(bytes("%PDF-1.7 not really"))),
    await failed(extractPdfText(blankPdf)),
    await failed(extractPdfText(blankPdf, { pages: 0, ms: 30_000 })),
  ];
}

describe("an uploaded source file's refusals as codes", () => {
  it("say in English from the code exactly what the API says, and reach each code", async () => {
    const found = await problems();
    expect(found.map((p) => p.code)).toEqual([
      "fileOverLimit",
      "fileEmpty",
      "notSourceFile",
      "notUtf8",
      "fileBinary",
      "fileNoText",
      "tooManyLines",
      "notPdf",
      "pdfNoText",
      "pdfTooManyPages",
    ]);
    expect(found.map((p) => english(p.code, p.params))).toEqual(found.map((p) => p.error));
  });

  it("have a message in every language for every code, the ones no test file reaches too", () => {
    const codes = [
      ...["fileOverLimit", "fileEmpty", "notSourceFile", "notUtf8", "fileBinary", "fileNoText", "tooManyLines"],
      ...["notPdf", "pdfNoText", "pdfTooManyPages", "pdfLocked", "pdfTooSlow", "fileMissing", "sameText"],
    ];
    for (const [locale, messages] of Object.entries({ en, ar, fa, ru }))
      expect(
        codes.filter((c) => !(c in messages.errors)),
        locale,
      ).toEqual([]);
    expect(english("pdfTooSlow", { seconds: 30 })).toBe("reading the PDF took longer than 30 s: upload its text as a .txt file");
    expect(english("pdfLocked")).toBe("the PDF is locked with a password: upload an unlocked copy");
  });

  it("give the parameters a sentence needs, said in the page's digits", async () => {
    const [, , notSource] = await problems();
    expect(notSource).toMatchObject({ code: "notSourceFile", params: { name: "notes.docx" } });
    const persian = createTranslator({ locale: "fa", messages: fa, namespace: "errors" }) as unknown as (code: string, params?: object) => string;
    expect(persian("pdfTooManyPages", { count: 2500, limit: 2000 })).toContain("۲۵۰۰");
  });

  it("refuses a PDF whose last page ran past the time limit, not only one with pages left to read", async () => {
    const document = await PDFDocument.create();
    const page = document.addPage();
    page.drawText("One page of text.", { font: await document.embedFont(StandardFonts.Helvetica) });
    const onePage = await document.save();
    expect(await extractPdfText(onePage)).toMatchObject({ ok: true });
    // A clock that has passed the deadline once the page is read (the page took, say, 31 s).
    let reads = 0;
    const now = () => (++reads <= 2 ? 0 : 31_000);
    expect(await extractPdfText(onePage, { pages: 10, ms: 30_000, now })).toMatchObject({ ok: false, code: "pdfTooSlow" });
  });
});
