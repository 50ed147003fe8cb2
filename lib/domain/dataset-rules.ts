import type { Dataset } from "./dataset";
import type { Assessment, Framework, Participant } from "./framework";
import { claimsBySource } from "./source-claims";
import { CONFIDENCES, INSIDE_ROLES, ROLES, type Role } from "./vocabulary";

/**
 * The data rules of docs/data-notes.md ("The rule for silence" and "Consistency rules") that a
 * machine can check. Each problem names the record, the rule and what is wrong; an empty list
 * means the dataset keeps every rule.
 */
type RuleProblem = { path: string; rule: string; message: string };

/** A low-confidence value or role says what it infers from with this phrase. */
const INFERENCE_MARKER = /\bInferred from\b/;
/** A null says what the source lacks: "does not say", "gives no ...", "says nothing", "reports no ...". */
const SILENCE_MARKER = /\b(does not|do not|gives no|says nothing|reports no|names no|no [A-Za-z]+ (view|position))\b/i;
/** Wording that hides a judgement without naming its premise; use "Inferred from ..." instead. */
const UNSTATED_JUDGEMENT = /analyst's (judgement|reading)/i;
/** Two acceptability cells on the same evidence with different values must say why. */
const DIFFERENCE_MARKER = /\bDiffers from\b/;

const LITTORAL_STATES = ["ir", "iq", "sa", "ae", "qa", "kw", "bh", "om"] as const;
const ARAB_GULF_STATES = ["sa", "ae", "qa", "kw", "bh", "om"] as const;

const inside = (role: Role | undefined) => role !== undefined && INSIDE_ROLES.includes(role);
const spans = (a: Assessment) =>
  a.citations
    .map((c) => `${c.document}:${c.lineStart}-${c.lineEnd}`)
    .sort()
    .join(",");

export function checkSilenceRule(d: Dataset): RuleProblem[] {
  const problems: RuleProblem[] = [];
  for (const f of d.frameworks) {
    for (const a of f.assessments) {
      const path = `frameworks[${f.slug}].assessments[${a.criterion}]`;
      if (a.value === null) {
        if (a.confidence !== "low") problems.push({ path, rule: "silence", message: `a missing value carries confidence "low", not "${a.confidence}"` });
        if (!SILENCE_MARKER.test(a.rationale))
          problems.push({ path, rule: "silence", message: "a missing value's rationale must say what the source does not say" });
        if (INFERENCE_MARKER.test(a.rationale))
          problems.push({ path, rule: "silence", message: 'a missing value infers nothing; drop "Inferred from" or give the value' });
        continue;
      }
      if (a.confidence === "low" && !INFERENCE_MARKER.test(a.rationale))
        problems.push({ path, rule: "inference", message: 'a low-confidence value must state what it infers from ("Inferred from ...")' });
      if (a.confidence !== "low" && INFERENCE_MARKER.test(a.rationale))
        problems.push({ path, rule: "inference", message: `an inference is low confidence, not "${a.confidence}"` });
      if (UNSTATED_JUDGEMENT.test(a.rationale))
        problems.push({ path, rule: "inference", message: 'name the premise ("Inferred from ...") instead of "analyst\'s judgement"' });
    }
    const evidence = f.statusEvidence;
    if (evidence) {
      const path = `frameworks[${f.slug}].statusEvidence`;
      if (evidence.confidence === "low" && !INFERENCE_MARKER.test(evidence.rationale))
        problems.push({ path, rule: "inference", message: 'a low-confidence status must state what it infers from ("Inferred from ...")' });
      if (evidence.confidence !== "low" && INFERENCE_MARKER.test(evidence.rationale))
        problems.push({ path, rule: "inference", message: `an inferred status is low confidence, not "${evidence.confidence}"` });
    }
    for (const p of f.participants) {
      const path = `frameworks[${f.slug}].participants[${p.actor}]`;
      if (p.confidence === "low" && !INFERENCE_MARKER.test(p.rationale))
        problems.push({ path, rule: "inference", message: 'a low-confidence role must state what it infers from ("Inferred from ...")' });
      if (p.confidence !== "low" && INFERENCE_MARKER.test(p.rationale))
        problems.push({ path, rule: "inference", message: `an inferred role is low confidence, not "${p.confidence}"` });
      if (UNSTATED_JUDGEMENT.test(p.rationale))
        problems.push({ path, rule: "inference", message: 'name the premise ("Inferred from ...") instead of "analyst\'s judgement"' });
    }
  }
  return problems;
}

function roleOf(f: Framework, actor: string): Role | undefined {
  return f.participants.find((p: Participant) => p.actor === actor)?.role;
}

function cellValue(f: Framework, criterion: string): number | null | undefined {
  return f.assessments.find((a) => a.criterion === criterion)?.value;
}

/** Roles and values that say the same thing must agree (docs/data-notes.md, "Consistency rules"). */
export function checkConsistency(d: Dataset): RuleProblem[] {
  const problems: RuleProblem[] = [];
  for (const f of d.frameworks) {
    const at = (criterion: string) => `frameworks[${f.slug}].assessments[${criterion}]`;
    const littoralInside = LITTORAL_STATES.filter((s) => inside(roleOf(f, s)));
    const littoralOut = LITTORAL_STATES.filter((s) => ["excluded", "targeted"].includes(roleOf(f, s) ?? ""));

    const all = cellValue(f, "inclusion-all-littoral");
    if (all === 2 && littoralInside.length < 8)
      problems.push({
        path: at("inclusion-all-littoral"),
        rule: "roles",
        message: `value 2 (all eight) but only ${littoralInside.length} littoral states have an inside role`,
      });
    if (all !== 2 && all !== null && all !== undefined && littoralInside.length === 8)
      problems.push({ path: at("inclusion-all-littoral"), rule: "roles", message: `all eight littoral states have an inside role but the value is ${all}` });
    if (all === 0 && littoralOut.length === 0)
      problems.push({
        path: at("inclusion-all-littoral"),
        rule: "roles",
        message: "value 0 (left out by design) but no littoral state is excluded or targeted",
      });
    if (all === 1 && littoralOut.length > 0 && littoralInside.length === 0)
      problems.push({ path: at("inclusion-all-littoral"), rule: "roles", message: "value 1 (both shores) but no littoral state is inside" });

    const arabInside = ARAB_GULF_STATES.filter((s) => inside(roleOf(f, s))).length;
    const arab = cellValue(f, "arab-gulf-states-included");
    if (arab === 2 && arabInside < 6)
      problems.push({ path: at("arab-gulf-states-included"), rule: "roles", message: `value 2 (all six) but ${arabInside} have an inside role` });
    if (arab !== 2 && arab !== null && arab !== undefined && arabInside === 6)
      problems.push({ path: at("arab-gulf-states-included"), rule: "roles", message: `all six Arab Gulf states have an inside role but the value is ${arab}` });

    const iranRole = roleOf(f, "ir");
    const iran = cellValue(f, "iran-inclusion");
    if (iran === 2 && !inside(iranRole))
      problems.push({ path: at("iran-inclusion"), rule: "roles", message: `value 2 (a full party) but Iran's role is ${iranRole ?? "none"}` });
    if (iran === 0 && inside(iranRole))
      problems.push({ path: at("iran-inclusion"), rule: "roles", message: `value 0 (not a participant) but Iran is ${iranRole}` });
    if (iranRole === "targeted") {
      const stance = cellValue(f, "stance-toward-iran");
      if (stance !== null && stance !== undefined && stance > -2)
        problems.push({ path: at("stance-toward-iran"), rule: "roles", message: `Iran is targeted, so the stance is -2, not ${stance}` });
      const containment = cellValue(f, "containment-purpose");
      if (containment !== null && containment !== undefined && containment < 2)
        problems.push({
          path: at("containment-purpose"),
          rule: "roles",
          message: `Iran is targeted, so containment is its main purpose (2), not ${containment}`,
        });
    }

    // The proposer champions its own proposal.
    if (f.proposer && d.criteria.some((c) => c.slug === `acceptability-${f.proposer}`)) {
      const own = cellValue(f, `acceptability-${f.proposer}`);
      if (own !== 2)
        problems.push({ path: at(`acceptability-${f.proposer}`), rule: "proposer", message: `the proposer "${f.proposer}" champions it (2), not ${own}` });
    }

    // The same evidence may not give different acceptability values unless the rationale says why.
    const acceptability = f.assessments.filter((a) => a.criterion.startsWith("acceptability-") && a.value !== null);
    for (let i = 0; i < acceptability.length; i++)
      for (let j = i + 1; j < acceptability.length; j++) {
        const [a, b] = [acceptability[i]!, acceptability[j]!];
        if (spans(a) !== spans(b) || a.value === b.value) continue;
        if (DIFFERENCE_MARKER.test(a.rationale) || DIFFERENCE_MARKER.test(b.rationale)) continue;
        problems.push({
          path: at(b.criterion),
          rule: "same-evidence",
          message: `${a.criterion} (${a.value}) and ${b.criterion} (${b.value}) cite the same lines; make them agree or say why ("Differs from ...")`,
        });
      }
  }
  return problems;
}

/** The citations of a framework's status, date and lineage. */
const factCitations = (f: Framework) => [...(f.statusEvidence?.citations ?? []), ...f.announcedCitations, ...f.lineage.flatMap((e) => e.citations)];

/** The counts table of docs/data-notes.md. */
export function datasetCounts(d: Dataset) {
  const assessments = d.frameworks.flatMap((f) => f.assessments);
  const roles = d.frameworks.flatMap((f) => f.participants);
  const values = assessments.filter((a) => a.value !== null);
  const tally = <T extends string>(keys: readonly T[], items: readonly { key: T }[]) =>
    Object.fromEntries(keys.map((k) => [k, items.filter((i) => i.key === k).length])) as Record<T, number>;
  return {
    assessments: assessments.length,
    values: values.length,
    nulls: assessments.length - values.length,
    valuesByConfidence: tally(
      CONFIDENCES,
      values.map((a) => ({ key: a.confidence })),
    ),
    nullsByFramework: Object.fromEntries(d.frameworks.map((f) => [f.slug, f.assessments.filter((a) => a.value === null).length])),
    roles: roles.length,
    rolesByRole: tally(
      ROLES,
      roles.map((p) => ({ key: p.role })),
    ),
    rolesByConfidence: tally(
      CONFIDENCES,
      roles.map((p) => ({ key: p.confidence })),
    ),
    frameworksWithStatus: d.frameworks.filter((f) => f.status !== null).length,
    datedToTheDay: d.frameworks.filter((f) => f.announced?.length === 10).length,
    lineageEntries: d.frameworks.reduce((n, f) => n + f.lineage.length, 0),
    aliases: d.frameworks.reduce((n, f) => n + f.aliases.length, 0),
    citations: {
      assessments: assessments.reduce((n, a) => n + a.citations.length, 0),
      roles: roles.reduce((n, p) => n + p.citations.length, 0),
      summaries: d.frameworks.reduce((n, f) => n + f.summaryCitations.length, 0),
      statusDatesLineage: d.frameworks.reduce((n, f) => n + factCitations(f).length, 0),
    },
    citationsBySource: Object.fromEntries(
      d.sources.map((s) => [
        s.slug,
        d.frameworks
          .flatMap((f) => [
            ...f.summaryCitations,
            ...factCitations(f),
            ...f.participants.flatMap((p) => p.citations),
            ...f.assessments.flatMap((a) => a.citations),
          ])
          .filter((c) => c.document === s.slug).length,
      ]),
    ),
    /** Claims (assessments, roles, summaries, statuses, dates, lineage entries) resting on each source. */
    claimsBySource: Object.fromEntries(d.sources.map((s) => [s.slug, claimsBySource(d.frameworks).get(s.slug) ?? 0])),
    /** Assessments citing more than one source. */
    multiSourceAssessments: assessments.filter((a) => new Set(a.citations.map((c) => c.document)).size > 1).length,
    contested: assessments.filter((a) => a.contested).length,
    sourceRevisions: d.sources.reduce((n, s) => n + (s.revisions?.length ?? 1), 0),
  };
}
