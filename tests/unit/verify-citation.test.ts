import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { splitLines, verifyCitation } from "@/lib/citations/verify-citation";
import { HOPE_QUOTE, OBSERVERS_QUOTE } from "../fixtures/mini-dataset";

const lines = splitLines(fs.readFileSync("prisma/sources/stepanova-2020.txt", "utf8"));

describe("verifyCitation", () => {
  it("accepts a quote that spans a line break, with typographic quotes", () => {
    expect(verifyCitation(OBSERVERS_QUOTE, lines)).toEqual({ ok: true });
    expect(verifyCitation(HOPE_QUOTE, lines)).toEqual({ ok: true });
  });

  it("treats straight and curly apostrophes alike", () => {
    expect(verifyCitation({ ...HOPE_QUOTE, quote: 'Iran\'s initiative to strike a "non-aggression"', lineEnd: 884 }, lines)).toEqual({ ok: true });
  });

  it("fails a wrong line number", () => {
    const result = verifyCitation({ ...OBSERVERS_QUOTE, lineStart: 877, lineEnd: 878 }, lines);
    expect(result).toMatchObject({ ok: false, code: "quoteNotInLines", error: expect.stringContaining("is not in lines 877-878") });
  });

  it("fails a span wider than the quote needs", () => {
    const result = verifyCitation({ ...OBSERVERS_QUOTE, lineEnd: 879 }, lines);
    expect(result).toMatchObject({ ok: false, code: "linesWiderThanQuote", error: expect.stringContaining("narrowest span") });
  });

  it("fails a changed word", () => {
    expect(verifyCitation({ ...OBSERVERS_QUOTE, quote: OBSERVERS_QUOTE.quote.replace("observers", "members") }, lines).ok).toBe(false);
  });

  it("reads a hyphen at a line break either as a compound or as a split word", () => {
    // lines 7-8: "economic and military-" / "technical cooperation"
    const base = { document: "stepanova-2020", lineStart: 7, lineEnd: 8 };
    expect(verifyCitation({ ...base, quote: "economic and military-technical cooperation" }, lines).ok).toBe(true);
    expect(verifyCitation({ ...base, quote: "economic and militarytechnical cooperation" }, lines).ok).toBe(true);
  });

  it("fails lines past the end of the document", () => {
    const result = verifyCitation({ ...OBSERVERS_QUOTE, lineStart: 990, lineEnd: 991 }, lines);
    expect(result).toMatchObject({ ok: false, code: "linesPastEnd", error: expect.stringContaining("run past the end") });
  });
});

describe("splitLines", () => {
  it("numbers lines as an editor does, ignoring the final newline", () => {
    expect(splitLines("a\nb\n")).toEqual(["a", "b"]);
    expect(lines[981]).toBe("Updated 8 June 2020");
    expect(lines[861]).toMatch(/^The substantive input of the Russian concept/);
  });
});

describe("quoteFromLines", () => {
  it("makes a quote that the verifier accepts for its span", async () => {
    const { quoteFromLines } = await import("@/lib/citations/quote-from-lines");
    for (const [start, end] of [
      [862, 864],
      [7, 8],
      [704, 710],
      [1, 1],
    ] as const) {
      const quote = quoteFromLines(lines, start, end);
      expect(verifyCitation({ document: "stepanova-2020", lineStart: start, lineEnd: end, quote }, lines)).toEqual({ ok: true });
    }
    expect(quoteFromLines(lines, 7, 8)).toContain("military-technical cooperation");
  });
});
