import type { Assessment } from "../../domain/framework";
import { getFramework } from "../frameworks/get-framework";
import { updateAssessment, type UpdateOutcome } from "../assessments/update-assessment";
import { getDb, type Db } from "../db";

const REVERTIBLE = new Set(["value", "rationale", "confidence", "citations"]);

/**
 * Undoes one recorded change of an assessment field by writing its "before" value back, as a
 * new, audited write based on the current version. A creation has nothing to go back to.
 */
export async function revertChange(input: { id: number; actor: string; reason: string }, db: Db = getDb()): Promise<UpdateOutcome> {
  const entry = await db.auditEntry.findUnique({ where: { id: input.id } });
  if (!entry) return { ok: false, status: 404, error: `no recorded change #${input.id}` };
  if (entry.entity !== "assessment" || !entry.field || !REVERTIBLE.has(entry.field))
    return { ok: false, status: 400, error: `change #${input.id} cannot be reverted here (only assessment fields can, so far)` };
  if (entry.before === null || entry.before === undefined) return { ok: false, status: 400, error: `change #${input.id} created the record: there is no earlier value` };
  const [frameworkSlug, criterion] = entry.entityKey.split("/") as [string, string];
  const framework = await getFramework(frameworkSlug, db);
  const current = framework?.assessments.find((a) => a.criterion === criterion);
  const row = framework && (await db.assessment.findFirst({ where: { framework: { slug: frameworkSlug }, criterion: { slug: criterion } }, select: { version: true } }));
  if (!current || !row) return { ok: false, status: 404, error: `assessment ${entry.entityKey} no longer exists` };
  const restored = { ...current, [entry.field]: entry.before } as Assessment;
  return updateAssessment(
    {
      framework: frameworkSlug,
      criterion,
      actor: input.actor,
      write: {
        value: restored.value,
        rationale: restored.rationale,
        confidence: restored.confidence,
        citations: restored.citations,
        version: row.version,
        reason: `Revert of change #${input.id}: ${input.reason}`,
      },
    },
    db,
  );
}
