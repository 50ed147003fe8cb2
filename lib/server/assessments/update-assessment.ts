import type { AssessmentWrite } from "../../domain/assessment-write";
import type { Assessment } from "../../domain/framework";
import { EDITABLE_FIELDS } from "../../domain/editable-fields";
import type { Outcome } from "../../domain/outcome";
import type { Confidence } from "../../domain/vocabulary";
import { citationInclude, toCitation } from "../citation-rows";
import { getDb, type Db } from "../db";
import { recordFieldChanges } from "../audit/record-field-changes";
import { citationRowsFor, verifyWriteCitations } from "../citations/verify-write-citations";

type AssessmentRecord = Assessment & { version: number };

/**
 * Writes one assessment and its audit rows (one per changed field, with before, after, who and
 * why) in a single transaction. Refuses a value off the criterion's scale, a citation whose
 * quote is not in its lines, and a write based on a stale version (409 with the current state).
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

  const { issues, sourceId } = await verifyWriteCitations(db, write.citations);
  if (write.value !== null && (write.value < criterion.scaleMin || write.value > criterion.scaleMax))
    issues.unshift({ path: "value", message: `${write.value} is outside the scale ${criterion.scaleMin}..${criterion.scaleMax}` });
  if (issues.length) return { ok: false, problem: "invalid", error: "the assessment is invalid", issues };

  return db.$transaction(async (tx) => {
    const where = { frameworkId_criterionId: { frameworkId: framework.id, criterionId: criterion.id } };
    const row = await tx.assessment.findUnique({ where, include: citationInclude });
    const before = row
      ? { value: row.value, rationale: row.rationale, confidence: row.confidence as Confidence, citations: row.citations.map(toCitation), version: row.version }
      : null;
    const currentVersion = before?.version ?? 0;
    if (write.version !== currentVersion)
      return {
        ok: false as const,
        problem: "conflict" as const,
        error: `this assessment changed since version ${write.version}: it is now at version ${currentVersion}`,
        current: { criterion: input.criterion, ...(before ?? { value: null, rationale: "", confidence: "low" as Confidence, citations: [], version: 0 }) },
      };
    const data = { value: write.value, rationale: write.rationale, confidence: write.confidence, version: currentVersion + 1 };
    const saved = row
      ? await tx.assessment.update({ where: { id: row.id }, data })
      : await tx.assessment.create({ data: { ...data, frameworkId: framework.id, criterionId: criterion.id } });
    await tx.citation.deleteMany({ where: { assessmentId: saved.id } });
    await tx.citation.createMany({ data: citationRowsFor(write.citations, sourceId, { assessmentId: saved.id }) });
    const after = { value: write.value, rationale: write.rationale, confidence: write.confidence, citations: write.citations };
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
