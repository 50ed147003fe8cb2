import fs from "node:fs";
import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import ar from "@/messages/ar.json";
import en from "@/messages/en.json";
import fa from "@/messages/fa.json";
import ru from "@/messages/ru.json";
import { pinDatasetRevisions } from "@/lib/citations/pin-revisions";
import { sha256Hex } from "@/lib/citations/text-digest";
import { splitLines } from "@/lib/citations/verify-citation";
import { verifyDatasetCitations } from "@/lib/citations/verify-dataset-citations";
import { type Dataset, type DatasetInput, datasetSchema } from "@/lib/domain/dataset";
import { DATASET_ISSUE_CODES } from "@/lib/domain/dataset-issues";
import { codedReport, formatIssues, type IssueReport } from "@/lib/domain/format-issues";
import { IMPORT_ISSUE_CODES } from "@/lib/import/import-issue";
import { parseImportFile } from "@/lib/import/parse-import-file";
import { formattingLocale } from "@/lib/i18n/locales";
import { resolveDataset } from "@/lib/server/dataset/resolve-dataset";
import { revisionConflicts } from "@/lib/server/sources/revision-conflicts";
import { HOPE_QUOTE, miniDataset, OBSERVERS_QUOTE } from "../fixtures/mini-dataset";

type Markup = (key: string, values?: object) => string;
const importWords = (locale: string, messages: object) => createTranslator({ locale, messages, namespace: "import" as never }).markup as unknown as Markup;
const TAGS = { held: (c: string) => c, en: (c: string) => c, code: (c: string) => c };
const say = (words: Markup, issue: IssueReport) => words(`issues.${issue.code}`, { ...issue.params, ...TAGS });
const english = importWords("en", en);

const paper = fs.readFileSync("prisma/sources/stepanova-2020.txt", "utf8");
const revision = (n: number, text: string) => ({ revision: n, sha256: sha256Hex(text), reason: "test", editor: "test", text });

/** A dataset that breaks every check across its records once (and the revision check in both numbers). */
function inconsistent(): DatasetInput {
  const d = miniDataset();
  d.schemaVersion = 3;
  d.actors.push({ ...d.actors[0]! });
  const [hope, concept] = [d.frameworks[1]!, d.frameworks[0]!];
  // One required criterion gone (its assessments name an unknown criterion), one on another scale, one more in no category.
  d.criteria = d.criteria.filter((c) => c.slug !== "acceptability-us");
  d.criteria[0] = {
    ...d.criteria[0]!,
    scale: {
      min: -3,
      max: 3,
      labels: [
        { value: -3, label: "rejects" },
        { value: 3, label: "champions" },
      ],
    },
  };
  d.criteria.push({ ...d.criteria[1]!, slug: "extra", category: "nowhere" });
  hope.proposer = "nobody";
  hope.participants![0] = { ...hope.participants![0]!, actor: "someone" };
  hope.assessments[1] = { ...hope.assessments[1]!, value: 3 };
  hope.summaryCitations = [
    { ...HOPE_QUOTE, document: "unknown-paper" },
    { ...HOPE_QUOTE, revision: 5 },
  ];
  d.sources.push({ ...d.sources[0]!, slug: "revised", file: null, revisions: [revision(1, "one"), revision(2, "two")] } as never);
  d.sources.push(
    { ...d.sources[0]!, slug: "textless", file: null } as never,
    {
      ...d.sources[0]!,
      slug: "misnumbered",
      file: null,
      revisions: [revision(1, "one"), revision(3, "three")],
    } as never,
  );
  concept.summaryCitations = [{ ...OBSERVERS_QUOTE, document: "revised", revision: 1000 }];
  return d;
}

/** The mini dataset as an import holds it: its paper's text as revision 1, with citations that do not match their lines. */
function badCitations(): Dataset {
  const d = pinDatasetRevisions(datasetSchema.parse({ ...miniDataset(), schemaVersion: 3 }));
  d.sources[0] = { ...d.sources[0]!, file: null, revisions: [revision(1, paper)] };
  const a = d.frameworks[0]!.assessments;
  a[0]!.citations = [
    { ...OBSERVERS_QUOTE, document: "unknown-paper", revision: undefined },
    { ...OBSERVERS_QUOTE, document: "unknown-paper", revision: 2 },
    { ...OBSERVERS_QUOTE, lineStart: 980, lineEnd: 1200, revision: undefined },
    { ...OBSERVERS_QUOTE, lineStart: 980, lineEnd: 1200, revision: 1 },
  ];
  a[1]!.citations = [
    { ...OBSERVERS_QUOTE, lineStart: 10, lineEnd: 11, revision: 1 },
    { ...OBSERVERS_QUOTE, lineStart: 875, lineEnd: 877, revision: undefined },
  ];
  return d;
}

const linesOf = (d: Dataset) => (document: string, n: number | undefined) => {
  const s = d.sources.find((x) => x.slug === document);
  const r = s?.revisions?.[(n ?? s.revisions.length) - 1];
  return r ? splitLines(r.text) : null;
};

async function everyIssue(): Promise<IssueReport[]> {
  const input = inconsistent();
  const schema = datasetSchema.safeParse(input).error!;
  const d = badCitations();
  const citations = verifyDatasetCitations(d, linesOf(d)).map((p) => codedReport(p.path, p.code, p.error, p.params));
  const resolved = resolveDataset({
    ...d,
    sources: [
      { ...d.sources[0]!, revisions: [{ ...revision(1, paper), sha256: "0".repeat(64) }] },
      { ...d.sources[0]!, slug: "lost", file: "lost.txt", revisions: undefined },
    ],
  });
  const stored = { sourceRevision: { findMany: async () => [{ revision: 1, sha256: "f".repeat(64), source: { slug: "stepanova-2020" } }] } };
  const conflicts = await revisionConflicts(stored as never, { sources: [{ slug: "stepanova-2020", revisions: [revision(1, paper)] }] });
  return [...formatIssues(schema.issues, input), ...citations, ...(resolved.ok ? [] : resolved.issues), ...conflicts];
}

describe("a dataset's own checks as codes", () => {
  it("give every issue a real dataset raises a code, and say it in English exactly as the API does", async () => {
    const issues = await everyIssue();
    expect(issues.filter((i) => !DATASET_ISSUE_CODES.includes(i.code as never))).toEqual([]);
    expect(DATASET_ISSUE_CODES.filter((c) => !issues.some((i) => i.code === c))).toEqual([]);
    expect(issues.map((i) => say(english, i))).toEqual(issues.map((i) => i.message));
    // Both numbers of revisions, a revision named and not, are among them.
    expect(issues.map((i) => i.message)).toEqual(
      expect.arrayContaining([
        `"stepanova-2020" has 1 revision, not 5`,
        `"revised" has 2 revisions, not 1000`,
        `lines 980-1200 run past the end of "stepanova-2020" (983 lines)`,
        `lines 980-1200 run past the end of "stepanova-2020" revision 1 (983 lines)`,
        `required criterion "acceptability-ir" must be on the scale -2..+2`,
        `3 is outside the scale -2..2 of "acceptability-sa"`,
      ]),
    );
  });

  it("carry what the dataset held and its numbers as parameters, said in each language with the page's digits", async () => {
    const issues = await everyIssue();
    const revisions = issues.find((i) => i.message === `"revised" has 2 revisions, not 1000`)!;
    expect(revisions.params).toEqual({ slug: "revised", revisions: 2, revision: 1000 });
    const arabic = importWords(formattingLocale("ar", "native"), ar);
    expect(say(arabic, revisions)).toBe("للمصدر «revised» مراجعتان، فلا مراجعة برقم ١٠٠٠");
    const pastEnd = issues.find((i) => i.code === "linesPastEnd" && i.params?.revision === 1)!;
    expect(say(importWords(formattingLocale("ru", "native"), ru), pastEnd)).toBe("строки 980–1200 выходят за конец «stepanova-2020», редакция 1 (983 строки)");
    expect(say(importWords(formattingLocale("fa", "native"), fa), pastEnd)).toBe(
      "سطرهای ۹۸۰ تا ۱۲۰۰ از پایان «stepanova-2020»، ویرایش ۱ فراتر می‌روند (۹۸۳ سطر)",
    );
  });

  it("keep their codes through an import of the file", async () => {
    const input = inconsistent();
    const parsed = await parseImportFile("bad.json", new TextEncoder().encode(JSON.stringify(input)), []);
    if (parsed.ok) throw new Error("accepted");
    expect(parsed.issues).toContainEqual({
      path: "actors[ir].slug",
      message: `slug "ir" is used twice`,
      code: "slugUsedTwice",
      params: { slug: "ir" },
    });
  });

  it("have a message for every code in all four languages, none of them an importer's own code, and but a citation's lines one of errors.*", () => {
    for (const [locale, messages] of Object.entries({ en, ar, fa, ru }))
      expect(
        DATASET_ISSUE_CODES.filter((c) => !(c in messages.import.issues)),
        locale,
      ).toEqual([]);
    // A citation's lines are checked in an editor's write too: those three say the same in errors.* (without markup); no other code is both.
    expect(DATASET_ISSUE_CODES.filter((c) => IMPORT_ISSUE_CODES.includes(c as never) || c in en.errors)).toEqual([
      "linesPastEnd",
      "quoteNotInLines",
      "linesWiderThanQuote",
    ]);
    for (const code of ["linesPastEnd", "quoteNotInLines", "linesWiderThanQuote"] as const)
      for (const messages of [en, ar, fa, ru]) expect(messages.errors[code]).toBe(messages.import.issues[code].replace(/<\/?held>/g, ""));
  });
});
