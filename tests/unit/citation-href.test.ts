import { describe, expect, it } from "vitest";
import { citationHref, citationLabel, parseLineHash, pickHref } from "@/lib/citations/citation-href";

describe("citation links", () => {
  it("links a span and a single line", () => {
    expect(citationHref({ document: "stepanova-2020", lineStart: 862, lineEnd: 877 })).toBe("/sources/stepanova-2020#L862-L877");
    expect(citationHref({ document: "stepanova-2020", lineStart: 5, lineEnd: 5 })).toBe("/sources/stepanova-2020#L5");
    expect(citationLabel({ lineStart: 5, lineEnd: 5 })).toBe("line 5");
    expect(citationLabel({ lineStart: 5, lineEnd: 9 })).toBe("lines 5–9");
  });

  it("reads hashes back, and nothing else", () => {
    expect(parseLineHash("#L862-L877")).toEqual({ start: 862, end: 877 });
    expect(parseLineHash("#L12")).toEqual({ start: 12, end: 12 });
    expect(parseLineHash("L3-9")).toEqual({ start: 3, end: 9 });
    for (const bad of ["", "#", "#L0", "#L9-L3", "#Lx", "#main", "#L1-L2-L3"]) expect(parseLineHash(bad)).toBeNull();
  });
});

describe("pickHref", () => {
  const cite = (document: string, lineStart: number) => ({ document, lineStart });
  it("opens the source viewer at the lines just picked, else at the record's first citation, returning to the edit page", () => {
    expect(pickHref("/frameworks/hope/edit", [cite("stepanova-2020", 884)], null)).toBe("/sources/stepanova-2020?pick=%2Fframeworks%2Fhope%2Fedit&at=884");
    expect(pickHref("/frameworks/hope/edit", [cite("stepanova-2020", 884)], cite("other-doc", 12))).toBe(
      "/sources/other-doc?pick=%2Fframeworks%2Fhope%2Fedit&at=12",
    );
    expect(pickHref("/frameworks/new", [], null)).toBe("/sources/stepanova-2020?pick=%2Fframeworks%2Fnew");
  });
});
