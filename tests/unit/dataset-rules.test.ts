import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { splitLines, verifyCitation } from "@/lib/citations/verify-citation";
import type { Dataset } from "@/lib/domain/dataset";
import { checkConsistency, checkSilenceRule, datasetCounts } from "@/lib/domain/dataset-rules";
import { loadDatasetFile } from "@/lib/server/dataset/load-dataset-file";

// The data rules of docs/data-notes.md on the seed dataset, and each rule shown to fail on a
// copy broken on purpose.
const dataset = loadDatasetFile();
const lines = splitLines(fs.readFileSync("prisma/sources/stepanova-2020.txt", "utf8"));

const copy = (): Dataset => structuredClone(dataset);
const fw = (d: Dataset, slug: string) => d.frameworks.find((f) => f.slug === slug)!;
const cell = (d: Dataset, slug: string, criterion: string) => fw(d, slug).assessments.find((a) => a.criterion === criterion)!;
const role = (d: Dataset, slug: string, actor: string) => fw(d, slug).participants.find((p) => p.actor === actor);
const rules = (d: Dataset) => [...checkSilenceRule(d), ...checkConsistency(d)].map((p) => `${p.rule} ${p.path}`);

describe("the rule for silence", () => {
  it("holds on the seed: nulls say what the paper lacks, low values say what they infer from", () => {
    expect(checkSilenceRule(dataset)).toEqual([]);
  });

  it("gives every non-null value at least one citation whose quote is in its lines", () => {
    const unsupported = dataset.frameworks.flatMap((f) =>
      f.assessments
        .filter((a) => a.value !== null && (a.citations.length === 0 || !a.citations.every((c) => verifyCitation(c, lines).ok)))
        .map((a) => `${f.slug}/${a.criterion}`),
    );
    expect(unsupported).toEqual([]);
    const moved = copy();
    const c = cell(moved, "hope", "non-aggression-commitment").citations[0]!;
    expect(verifyCitation({ ...c, lineStart: c.lineStart + 2, lineEnd: c.lineEnd + 2 }, lines).ok).toBe(false);
  });

  it("fails a low-confidence value that does not say what it infers from", () => {
    const d = copy();
    cell(d, "hope", "process-orientation").rationale = "A pact to be struck, with no phases described.";
    expect(rules(d)).toEqual(["inference frameworks[hope].assessments[process-orientation]"]);
  });

  it("fails an inference dressed as medium or high confidence, and an unstated judgement", () => {
    const d = copy();
    cell(d, "hope", "process-orientation").confidence = "medium";
    cell(d, "imsi", "arab-gulf-unity-required").rationale = "Inferred from some Arab Gulf powers joining; analyst's judgement.";
    expect(rules(d)).toEqual([
      "inference frameworks[hope].assessments[process-orientation]",
      "inference frameworks[imsi].assessments[arab-gulf-unity-required]",
    ]);
  });

  it("fails a low-confidence role that does not say what it infers from", () => {
    const d = copy();
    role(d, "hope", "sa")!.rationale = "One of Iran's counterparts across the Gulf.";
    expect(rules(d)).toEqual(["inference frameworks[hope].participants[sa]"]);
  });

  it("fails a null above low confidence, or one that does not say what the paper lacks", () => {
    const d = copy();
    cell(d, "gcc-centric", "un-link").confidence = "medium";
    cell(d, "imsi", "un-link").rationale = "No UN link.";
    expect(rules(d)).toEqual(["silence frameworks[gcc-centric].assessments[un-link]", "silence frameworks[imsi].assessments[un-link]"]);
  });
});

describe("roles and values agree", () => {
  it("holds on the seed", () => {
    expect(checkConsistency(dataset)).toEqual([]);
  });

  it("fails HOPE's inclusion-all-littoral when its roles put all eight inside, or when the value claims all eight", () => {
    const withIraq = copy();
    fw(withIraq, "hope").participants.push({ ...role(withIraq, "hope", "sa")!, actor: "iq" });
    expect(rules(withIraq)).toEqual(["roles frameworks[hope].assessments[inclusion-all-littoral]"]);
    const allEight = copy();
    cell(allEight, "hope", "inclusion-all-littoral").value = 2;
    expect(rules(allEight)).toEqual(["roles frameworks[hope].assessments[inclusion-all-littoral]"]);
  });

  it("fails a framework that leaves littoral states out by design with none excluded or targeted", () => {
    const d = copy();
    cell(d, "hope", "inclusion-all-littoral").value = 0;
    expect(rules(d)).toEqual(["roles frameworks[hope].assessments[inclusion-all-littoral]"]);
  });

  it("fails Iran's role against iran-inclusion, and a targeted Iran without containment", () => {
    const d = copy();
    role(d, "hope", "ir")!.role = "excluded";
    cell(d, "imsi", "containment-purpose").value = 1;
    expect(rules(d)).toEqual(["roles frameworks[hope].assessments[iran-inclusion]", "roles frameworks[imsi].assessments[containment-purpose]"]);
  });

  it("fails six Arab Gulf members against a value short of all six", () => {
    const d = copy();
    cell(d, "arab-nato", "arab-gulf-states-included").value = 1;
    expect(rules(d)).toEqual(["roles frameworks[arab-nato].assessments[arab-gulf-states-included]"]);
  });

  it("fails a proposer that does not champion its own proposal", () => {
    const d = copy();
    cell(d, "russia-gulf-concept", "acceptability-ru").value = 1;
    expect(rules(d)).toEqual(["proposer frameworks[russia-gulf-concept].assessments[acceptability-ru]"]);
  });

  it("fails two acceptability values on the same evidence that differ without saying why", () => {
    const d = copy();
    cell(d, "imsi", "acceptability-ru").value = -2;
    expect(rules(d)).toEqual(["same-evidence frameworks[imsi].assessments[acceptability-cn]"]);
    cell(d, "imsi", "acceptability-ru").rationale += " Differs from China: Russia also offers its own concept as the alternative.";
    expect(rules(d)).toEqual([]);
  });
});

describe("the review of issue 12 (docs/data-notes.md)", () => {
  // [framework, criterion, value, confidence]: the cells the review corrected.
  const corrected: Array<[string, string, number | null, string]> = [
    ["russia-gulf-concept", "acceptability-us", -1, "medium"],
    ["imsi", "acceptability-ru", -1, "medium"],
    ["imsi", "acceptability-cn", -1, "medium"],
    ["imsi", "regional-ownership", -1, "high"],
    ["gcc-centric", "inclusion-all-littoral", null, "low"],
    ["hope", "viability", -1, "medium"],
    ["russia-gulf-concept", "acceptability-eu", null, "low"],
    ["hope", "acceptability-ru", null, "low"],
    ["gcc-centric", "acceptability-us", null, "low"],
    ["gcc-centric", "acceptability-sa", null, "low"],
    ["gcc-centric", "acceptability-ru", null, "low"],
    ["gcc-centric", "dependence-on-us-military", null, "low"],
    ["hope", "dependence-on-us-military", null, "low"],
    ["arab-nato", "un-link", null, "low"],
    ["imsi", "un-link", null, "low"],
    ["russia-gulf-concept", "non-aggression-commitment", null, "low"],
    ["hope", "mutual-security-guarantees", null, "low"],
    ["hope", "regional-ownership", 1, "medium"],
    ["gcc-centric", "containment-purpose", null, "low"],
    ["russia-gulf-concept", "acceptability-ir", 1, "low"],
    ["hope", "acceptability-us", -2, "low"],
    ["hope", "process-orientation", 0, "low"],
    ["gcc-centric", "iran-inclusion", 0, "low"],
    ["gcc-centric", "direct-dialogue-antagonists", 0, "low"],
    ["arab-nato", "foreign-military-presence", -1, "low"],
    ["arab-nato", "acceptability-sa", 1, "low"],
    ["arab-nato", "acceptability-ru", -1, "low"],
    ["russia-gulf-concept", "international-support", 1, "low"],
  ];

  it.each(corrected)("%s / %s is %s at %s confidence", (slug, criterion, value, confidence) => {
    const a = cell(dataset, slug, criterion);
    expect([a.value, a.confidence]).toEqual([value, confidence]);
  });

  it("keeps HOPE's viability above that of the US plans, which the paper calls infeasible", () => {
    const v = (slug: string) => cell(dataset, slug, "viability").value!;
    expect(v("hope")).toBeGreaterThan(v("arab-nato"));
    expect(v("hope")).toBeGreaterThan(v("imsi"));
  });

  it("no longer cites the passages the review found beside the point", () => {
    const cites = (slug: string, criterion: string, line: number) =>
      cell(dataset, slug, criterion).citations.some((c) => c.lineStart <= line && line <= c.lineEnd);
    expect(cites("russia-gulf-concept", "iran-inclusion", 856)).toBe(false);
    expect(cites("arab-nato", "great-power-inclusiveness", 712)).toBe(false);
    expect(cites("arab-nato", "arab-gulf-unity-required", 882)).toBe(false);
    expect(cites("arab-nato", "foreign-military-presence", 702)).toBe(false);
    expect(cites("imsi", "acceptability-sa", 805)).toBe(false);
    expect(cites("hope", "inclusive-multilateralism", 879)).toBe(false);
    expect(cites("russia-gulf-concept", "international-support", 927)).toBe(true);
    expect(fw(dataset, "gcc-centric").assessments.filter((a) => a.value !== null && a.citations.some((c) => c.lineStart === 895))).toEqual([]);
  });

  it("gives Iran the roles the paper supports: a member of its own pact, excluded from the GCC idea at low confidence", () => {
    expect(role(dataset, "hope", "ir")).toMatchObject({ role: "member" });
    expect(role(dataset, "hope", "iq")).toBeUndefined();
    expect(role(dataset, "gcc-centric", "ir")).toMatchObject({ role: "excluded", confidence: "low" });
    expect(fw(dataset, "gcc-centric").announced).toBeNull();
  });
});

describe("the second review (docs/data-notes.md)", () => {
  // [framework, criterion, value, confidence]: the values stand; their confidence follows the rules.
  const corrected: Array<[string, string, number, string]> = [
    ["russia-gulf-concept", "inclusion-all-littoral", 2, "low"],
    ["arab-nato", "mutual-security-guarantees", 0, "low"],
    ["imsi", "mutual-security-guarantees", 0, "low"],
    ["arab-nato", "direct-dialogue-antagonists", 0, "low"],
    ["imsi", "direct-dialogue-antagonists", 0, "low"],
    ["arab-nato", "dependence-on-us-military", 2, "medium"],
    ["russia-gulf-concept", "acceptability-sa", -1, "medium"],
    ["russia-gulf-concept", "one-sided-origin", 1, "low"],
    ["arab-nato", "security-approach", -2, "low"],
    ["arab-nato", "acceptability-ir", -2, "low"],
  ];

  it.each(corrected)("%s / %s is %s at %s confidence", (slug, criterion, value, confidence) => {
    const a = cell(dataset, slug, criterion);
    expect([a.value, a.confidence]).toEqual([value, confidence]);
  });

  it("keeps a cell no surer than the inferred role it rests on: the Russian concept's all eight need Iraq, a low member", () => {
    expect(role(dataset, "russia-gulf-concept", "iq")).toMatchObject({ role: "member", confidence: "low" });
  });

  it("cites for MESA's approach what the paper says of MESA, not Washington's briefing, and for the Russian concept's means the concept's own", () => {
    const cites = (slug: string, criterion: string, line: number) =>
      cell(dataset, slug, criterion).citations.some((c) => c.lineStart <= line && line <= c.lineEnd);
    expect(cites("arab-nato", "security-approach", 702)).toBe(false);
    expect(cites("russia-gulf-concept", "escalation-risk", 867)).toBe(true);
    expect(cell(dataset, "russia-gulf-concept", "escalation-risk").rationale).not.toMatch(/crisis management/);
    expect(cell(dataset, "russia-gulf-concept", "one-sided-origin").rationale).toMatch(/US strategic partners/);
  });
});

describe("the counts table in docs/data-notes.md", () => {
  it("shows the dataset's current counts in its last column", () => {
    const notes = fs.readFileSync("docs/data-notes.md", "utf8");
    // A table row "| label | before | after |", however its columns are padded.
    const row = (label: string) => {
      const cells = notes
        .split("\n")
        .map((l) => l.split("|").map((c) => c.trim()))
        .find((c) => c[0] === "" && c[1] === label);
      return cells ? Number(cells.at(-2)) : undefined;
    };
    const c = datasetCounts(dataset);
    expect({
      values: row("values (non-null)"),
      nulls: row("nulls"),
      high: row("values at high confidence"),
      medium: row("values at medium confidence"),
      low: row("values at low confidence"),
      roles: row("roles"),
      citations: row("citations from stepanova-2020"),
      claims: row("claims resting on stepanova-2020"),
      revisions: row("source revisions"),
      multiSource: row("assessments citing two or more sources"),
      contested: row("contested cells"),
    }).toEqual({
      values: c.values,
      nulls: c.nulls,
      high: c.valuesByConfidence.high,
      medium: c.valuesByConfidence.medium,
      low: c.valuesByConfidence.low,
      roles: c.roles,
      citations: c.citationsBySource["stepanova-2020"],
      claims: c.claimsBySource["stepanova-2020"],
      revisions: c.sourceRevisions,
      multiSource: c.multiSourceAssessments,
      contested: c.contested,
    });
  });
});
