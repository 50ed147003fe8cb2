import type { AssessmentWrite } from "../../domain/assessment-write";
import { contestedProblems } from "../../domain/contested";
import type { Assessment } from "../../domain/framework";
import { EDITABLE_FIELDS } from "../../domain/editable-fields";
import { codedReport } from "../../domain/format-issues";
import type { Outcome } from "../../domain/outcome";
import type { Confidence } from "../../domain/vocabulary";
import { citationInclude, toCitation } from "../citation-rows";
import { getDb, type Db } from "../db";
import { recordFieldChanges } from "../audit/record-field-changes";
import { citationRowsFor, verifyWriteCitations } from "../citations/verify-write-citations";

type AssessmentRecord = Assessment & { version: number };

/** The contested mark a write leaves: what it says, else what the assessment had; the note goes with the mark. */
function contestedAfter(write: AssessmentWrite, before: { contested: boolean; contestedNote: string | null } | null) {
  const contested = write.contested ?? before?.contested ?? false;
  if (!contested) return { contested, contestedNote: null };
  return { contested, contestedNote: write.contestedNote !== undefined ? write.contestedNote : (before?.contestedNote ?? null) };
}

/**
 * Writes one assessment and its audit rows (one per changed field, with before, after, who and
 * why) in a single transaction. Refuses a value off the criterion's scale, a citation whose
 * quote is not in the lines of the revision it names, a contested mark without its note, and a
 * write based on a stale version (409 with the current state).
 */
export async function updateAssessment(
  input: { framework: string; criterion: string; write: AssessmentWrite; actor: string },
  db: Db = getDb(),
): Promise<Outcome<AssessmentRecord, AssessmentRecord>> {
  const { write } = input;
  const [framework, criterion] = await Promise.all([
    db.framework.findUnique({ where: { slug: input.framework }, select: { id: true } }),
    db.criterion.findUnique({ where: { slug: input.criterion } }),
  ]);
  if (!framework) return { ok: false, problem: "not-found", error: `framework "${input.framework}" not found` };
  if (!criterion) return { ok: false, problem: "not-found", error: `criterion "${input.criterion}" not found` };

  const { issues, pinned, sourceId } = await verifyWriteCitations(db, write.citations);
  if (write.value !== null && (write.value < criterion.scaleMin || write.value > criterion.scaleMax))
    issues.unshift(
      codedReport("value", "valueOutsideScale", `${write.value} is outside the scale ${criterion.scaleMin}..${criterion.scaleMax}`, {
        value: write.value,
        min: criterion.scaleMin,
        max: criterion.scaleMax,
      }),
    );
  if (issues.length) return { ok: false, problem: "invalid", error: "the assessment is invalid", issues };

  return db.$transaction(async (tx) => {
    const where = { frameworkId_criterionId: { frameworkId: framework.id, criterionId: criterion.id } };
    const row = await tx.assessment.findUnique({ where, include: citationInclude });
    const before = row
      ? {
          value: row.value,
          rationale: row.rationale,
          confidence: row.confidence as Confidence,
          citations: row.citations.map(toCitation),
          contested: row.contested,
          contestedNote: row.contestedNote,
        }
      : null;
    const currentVersion = row?.version ?? 0;
    if (write.version !== currentVersion)
      return {
        ok: false as const,
        problem: "conflict" as const,
        error: `this assessment changed since version ${write.version}: it is now at version ${currentVersion}`,
        current: {
          criterion: input.criterion,
          ...(before ?? { value: null, rationale: "", confidence: "low" as Confidence, citations: [], contested: false, contestedNote: null }),
          version: currentVersion,
        },
      };
    const contested = contestedAfter(write, before);
    const problems = contestedProblems(contested);
    if (problems.length) return { ok: false as const, problem: "invalid" as const, error: "the assessment is invalid", issues: problems };
    const data = { value: write.value, rationale: write.rationale, confidence: write.confidence, ...contested, version: currentVersion + 1 };
    const saved = row
      ? await tx.assessment.update({ where: { id: row.id }, data })
      : await tx.assessment.create({ data: { ...data, frameworkId: framework.id, criterionId: criterion.id } });
    await tx.citation.deleteMany({ where: { assessmentId: saved.id } });
    await tx.citation.createMany({ data: citationRowsFor(pinned, sourceId, { assessmentId: saved.id }) });
    const after = { value: write.value, rationale: write.rationale, confidence: write.confidence, citations: pinned, ...contested };
    await recordFieldChanges(tx, {
      actor: input.actor,
      entity: "assessment",
      entityKey: `${input.framework}/${input.criterion}`,
      reason: write.reason,
      fields: EDITABLE_FIELDS.assessment,
      before,
      after,
    });
    return { ok: true as const, body: { criterion: input.criterion, ...after, version: currentVersion + 1 } };
  });
}
