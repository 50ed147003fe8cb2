import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { citationHref } from "@/lib/citations/citation-href";
import { pinDatasetRevisions, pinLegacyRevisions } from "@/lib/citations/pin-revisions";
import { decodeTextUpload } from "@/lib/citations/source-text";
import { describeText, sha256Hex } from "@/lib/citations/text-digest";
import { splitLines } from "@/lib/citations/verify-citation";
import { verifyDatasetCitations } from "@/lib/citations/verify-dataset-citations";
import { onlySupportedBy } from "@/lib/compare/only-supported-by";
import { datasetSchema, type Dataset } from "@/lib/domain/dataset";
import { parseDataset } from "@/lib/domain/load-dataset";
import { proposeSourceSlug } from "@/lib/domain/source-upload";
import { HOPE_QUOTE, miniDataset, OBSERVERS_QUOTE } from "../fixtures/mini-dataset";

const paper = fs.readFileSync("prisma/sources/stepanova-2020.txt", "utf8");
const bytes = (text: string) => new TextEncoder().encode(text);

/** The paper's text with two lines put in front: every line of the original moves down by two. */
const corrected = `Corrected edition.\nA line added before the text.\n${paper}`;

/** The mini dataset whose paper has two revisions, the shipped text then the corrected one, its citations naming the first. */
function withTwoRevisions(): Dataset {
  const d = pinDatasetRevisions(datasetSchema.parse(miniDataset()));
  const revision = (n: number, text: string) => ({ revision: n, sha256: sha256Hex(text), reason: "test", editor: "test", text });
  d.sources[0] = { ...d.sources[0]!, revisions: [revision(1, paper), revision(2, corrected)] };
  return d;
}

const linesOf = (d: Dataset) => (document: string, revision: number | undefined) => {
  const s = d.sources.find((x) => x.slug === document);
  const r = s?.revisions?.[(revision ?? s.revisions.length) - 1];
  return r ? splitLines(r.text) : null;
};

describe("source revisions: hashing", () => {
  it("fingerprints a text by the SHA-256 of its UTF-8 bytes", () => {
    expect(sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(sha256Hex("Iran’s")).toBe(sha256Hex(bytes("Iran’s")));
    expect(describeText(paper)).toEqual({ sha256: sha256Hex(fs.readFileSync("prisma/sources/stepanova-2020.txt")), lineCount: 983 });
  });

  it("reads an uploaded text as UTF-8 with Unix line breaks, and refuses what is not text", () => {
    expect(decodeTextUpload(bytes("\uFEFFone\r\ntwo\rthree\n"))).toEqual({ ok: true, text: "one\ntwo\nthree\n" });
    expect(decodeTextUpload(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe]))).toEqual({
      ok: false,
      code: "notUtf8",
      error: expect.stringMatching(/not UTF-8 text/),
    });
    expect(decodeTextUpload(bytes("text\u0000with a NUL"))).toEqual({ ok: false, code: "fileBinary", error: expect.stringMatching(/binary/) });
    expect(decodeTextUpload(bytes(" \n\t\n"))).toEqual({ ok: false, code: "fileNoText", error: "the file has no text" });
  });
});

describe("source revisions: citations checked against the revision they name", () => {
  it("keeps a citation of revision 1 verifying after a revision 2 moved every line", () => {
    const d = withTwoRevisions();
    d.frameworks[0]!.assessments[0]!.citations = [{ ...OBSERVERS_QUOTE, revision: 1 }];
    d.frameworks[0]!.assessments[1]!.citations = [{ ...HOPE_QUOTE, revision: 2, lineStart: HOPE_QUOTE.lineStart + 2, lineEnd: HOPE_QUOTE.lineEnd + 2 }];
    expect(verifyDatasetCitations(d, linesOf(d))).toEqual([]);
  });

  it("fails the same lines against the other revision, and a citation moved by one line in its own", () => {
    const d = withTwoRevisions();
    d.frameworks[0]!.assessments[0]!.citations = [{ ...OBSERVERS_QUOTE, revision: 2 }];
    d.frameworks[0]!.assessments[1]!.citations = [
      { ...OBSERVERS_QUOTE, revision: 1, lineStart: OBSERVERS_QUOTE.lineStart + 1, lineEnd: OBSERVERS_QUOTE.lineEnd + 1 },
    ];
    const [first, second] = d.frameworks[0]!.assessments.map((a) => a.criterion);
    const problems = verifyDatasetCitations(d, linesOf(d)).map((p) => `${p.path}: ${p.error}`);
    expect(problems).toEqual([
      expect.stringMatching(new RegExp(`assessments\\[${first}\\]\\.citations\\[0\\]: quote .* is not in lines 876-877 of "stepanova-2020" revision 2`)),
      expect.stringMatching(new RegExp(`assessments\\[${second}\\]\\.citations\\[0\\]: quote .* is not in lines 877-878 of "stepanova-2020" revision 1`)),
    ]);
  });

  it("names each unpinned citation's latest revision, and keeps a named one", () => {
    const d = datasetSchema.parse(miniDataset());
    d.sources[0] = { ...d.sources[0]!, revisions: withTwoRevisions().sources[0]!.revisions };
    d.frameworks[0]!.assessments[0]!.citations = [{ ...OBSERVERS_QUOTE, revision: 1 }];
    const pinned = pinDatasetRevisions(d);
    expect(pinned.frameworks[0]!.assessments[0]!.citations[0]!.revision).toBe(1);
    expect(pinned.frameworks[0]!.assessments[1]!.citations[0]!.revision).toBe(2);
    expect(pinned.frameworks[1]!.summaryCitations[0]).toEqual({ ...d.frameworks[1]!.summaryCitations[0], revision: 2 });
  });

  it("reads citations recorded before revisions (an audit row's value) as naming revision 1", () => {
    const recorded = { rationale: "r", citations: [OBSERVERS_QUOTE, { ...HOPE_QUOTE, revision: 3 }], lineage: [{ text: "t", citations: [HOPE_QUOTE] }] };
    expect(pinLegacyRevisions(recorded)).toEqual({
      rationale: "r",
      citations: [
        { ...OBSERVERS_QUOTE, revision: 1 },
        { ...HOPE_QUOTE, revision: 3 },
      ],
      lineage: [{ text: "t", citations: [{ ...HOPE_QUOTE, revision: 1 }] }],
    });
    expect(pinLegacyRevisions("plain")).toBe("plain");
  });

  it("refuses, in a dataset file, a citation of a revision the source does not have and revisions out of order", () => {
    const d = miniDataset();
    d.frameworks[0]!.assessments[0]!.citations = [{ ...OBSERVERS_QUOTE, revision: 2 }];
    const result = parseDataset(d);
    expect(result.ok ? [] : result.issues.map((i) => `${i.path}: ${i.message}`)).toContain(
      `frameworks[russia-gulf-concept].assessments[${d.frameworks[0]!.assessments[0]!.criterion}].citations[0].revision: "stepanova-2020" has 1 revision, not 2`,
    );
    const unordered = miniDataset();
    unordered.sources[0] = { ...unordered.sources[0]!, revisions: [{ revision: 2, sha256: sha256Hex(paper), reason: "x", editor: "x", text: paper }] };
    expect(parseDataset(unordered).ok).toBe(false);
  });
});

describe("sources in links, slugs and views", () => {
  it("links a citation of the current revision to the current text, an earlier one to its revision", () => {
    expect(citationHref({ ...OBSERVERS_QUOTE, revision: 2 }, 2)).toBe("/sources/stepanova-2020#L876-L877");
    expect(citationHref({ ...OBSERVERS_QUOTE, revision: 1 }, 2)).toBe("/sources/stepanova-2020?revision=1#L876-L877");
    expect(citationHref({ ...OBSERVERS_QUOTE, revision: 1 })).toBe("/sources/stepanova-2020?revision=1#L876-L877");
  });

  it("makes a slug from a person's surname or an organisation's first words, and the year, never one that is taken", () => {
    expect(proposeSourceSlug("Ekaterina Stepanova", 2020, new Set())).toBe("stepanova-2020");
    expect(proposeSourceSlug("Ekaterina Stepanova", 2020, new Set(["stepanova-2020"]))).toBe("stepanova-2020-2");
    expect(proposeSourceSlug("Ministry of Foreign Affairs of the Russian Federation", 2019, new Set())).toBe("ministry-of-foreign-2019");
    expect(proposeSourceSlug("Zaccara, L. and Saleh, A.", 2021, new Set())).toBe("zaccara-2021");
    expect(proposeSourceSlug("Министерство", 2019, new Set())).toBe("source-2019");
  });

  it("leaves out of a view the values that cite nothing of the chosen source, and says which", () => {
    const d = datasetSchema.parse(miniDataset());
    d.frameworks[0]!.assessments[0]!.citations = [{ ...OBSERVERS_QUOTE, document: "another-source" }];
    const view = onlySupportedBy(d.frameworks, "stepanova-2020");
    expect([...view.unsupported]).toEqual([`${d.frameworks[0]!.slug}.${d.frameworks[0]!.assessments[0]!.criterion}`]);
    expect(view.frameworks[0]!.assessments[0]!.value).toBeNull();
    expect(view.frameworks[0]!.assessments[0]!.citations).toEqual(d.frameworks[0]!.assessments[0]!.citations);
    expect(view.frameworks[1]).toEqual(d.frameworks[1]);
    expect(onlySupportedBy(d.frameworks, null).unsupported.size).toBe(0);
  });
});
