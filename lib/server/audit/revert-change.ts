import { revertPlan } from "../../audit/revert-plan";
import { sameValue } from "../../audit/same-value";
import type { Criterion } from "../../domain/criterion";
import { frameworkSchema, participantSchema, type Assessment } from "../../domain/framework";
import type { WriteOutcome } from "../api/write-route";
import { putActor } from "../actors/put-actor";
import { updateAssessment } from "../assessments/update-assessment";
import { putCriterion } from "../criteria/put-criterion";
import { verifyWriteCitations } from "../citations/verify-write-citations";
import { restoreFrameworkTx } from "../dataset/write-dataset";
import { getDb, type Db } from "../db";
import { getFramework } from "../frameworks/get-framework";
import { patchFramework } from "../frameworks/write-framework";
import { deleteParticipant } from "../participants/delete-participant";
import { updateParticipant } from "../participants/update-participant";

type Entry = NonNullable<Awaited<ReturnType<Db["auditEntry"]["findUnique"]>>>;

/**
 * Undoes one recorded change as a new write based on the current version, through the same
 * operation (and the same checks, 409 included) an editor's own change would go through; the
 * revert is therefore itself recorded. revertPlan says which changes can be undone and how.
 */
export async function revertChange(input: { id: number; actor: string; reason: string }, db: Db = getDb()): Promise<WriteOutcome<unknown>> {
  const entry = await db.auditEntry.findUnique({ where: { id: input.id } });
  if (!entry) return { ok: false, status: 404, error: `no recorded change #${input.id}` };
  const plan = revertPlan(entry);
  const reason = `Revert of change #${input.id}: ${input.reason}`;
  switch (plan.kind) {
    case "none":
      return { ok: false, status: 400, error: `change #${input.id} cannot be reverted: ${plan.why}` };
    case "restore-framework":
      return restoreFramework(entry, input.actor, reason, db);
    case "restore-role":
      return restoreRole(entry, input.actor, reason, db);
    case "remove-role": {
      const [framework, actor] = splitKey(entry.entityKey);
      const row = await db.participation.findFirst({ where: { framework: { slug: framework }, actor: { slug: actor } }, select: { version: true, role: true } });
      if (!row) return { ok: false, status: 404, error: `${actor} no longer has a role in "${framework}"` };
      // Removing a role edited since it was created would throw those edits away unseen.
      if (row.version !== 1 || row.role !== entry.after)
        return { ok: false, status: 409, error: `the role of ${actor} in "${framework}" has changed since change #${entry.id}: remove it from its page instead`, current: { actor, role: row.role, version: row.version } };
      return deleteParticipant({ framework, actor, write: { version: row.version, reason }, by: input.actor }, db);
    }
    case "restore-field":
      return restoreField(entry, plan.entity, plan.field, input.actor, reason, db);
  }
}

const splitKey = (key: string) => key.split("/") as [string, string];

/** A revert would silently undo every later change to the field too: refuse unless the field still holds what #N wrote. */
function superseded(entry: Entry, field: string, current: Record<string, unknown>, version: number): WriteOutcome<never> | null {
  if (sameValue(current[field], entry.after)) return null;
  return { ok: false, status: 409, error: `${entry.entity} ${entry.entityKey} ${field} has changed since change #${entry.id}: revert the later change first, or edit it`, current: { ...current, version } };
}

async function restoreField(entry: Entry, entity: string, field: string, by: string, reason: string, db: Db): Promise<WriteOutcome<unknown>> {
  const before = entry.before ?? null;
  const gone = { ok: false as const, status: 404 as const, error: `${entity} ${entry.entityKey} no longer exists` };
  if (entity === "assessment") {
    const [framework, criterion] = splitKey(entry.entityKey);
    // The version is read before the record: if a write lands in between, the revert is stale (409), never a silent overwrite.
    const row = await db.assessment.findFirst({ where: { framework: { slug: framework }, criterion: { slug: criterion } }, select: { version: true } });
    const current = (await getFramework(framework, db))?.assessments.find((a) => a.criterion === criterion);
    if (!current || !row) return gone;
    const stale = superseded(entry, field, current, row.version);
    if (stale) return stale;
    const { criterion: _c, ...restored } = { ...current, [field]: before } as Assessment;
    const outcome = await updateAssessment({ framework, criterion, actor: by, write: { ...restored, version: row.version, reason } }, db);
    return outcome.ok ? { ok: true, body: outcome.assessment } : outcome;
  }
  if (entity === "participant") {
    const [framework, actor] = splitKey(entry.entityKey);
    const row = await db.participation.findFirst({ where: { framework: { slug: framework }, actor: { slug: actor } }, select: { version: true } });
    const current = (await getFramework(framework, db))?.participants.find((p) => p.actor === actor);
    if (!current || !row) return gone;
    const stale = superseded(entry, field, current, row.version);
    if (stale) return stale;
    const parsed = participantSchema.safeParse({ ...current, [field]: before });
    if (!parsed.success) return { ok: false, status: 400, error: `change #${entry.id} did not keep a valid earlier ${field}` };
    const { actor: _a, ...restored } = parsed.data;
    return updateParticipant({ framework, actor, write: { ...restored, version: row.version, reason }, by }, db);
  }
  if (entity === "framework") {
    const row = await db.framework.findUnique({ where: { slug: entry.entityKey }, select: { version: true } });
    const current = await getFramework(entry.entityKey, db);
    if (!row || !current) return gone;
    const stale = superseded(entry, field, current, row.version);
    if (stale) return stale;
    return patchFramework(entry.entityKey, { [field]: before, version: row.version, reason }, by, db);
  }
  if (entity === "criterion") {
    const row = await db.criterion.findUnique({ where: { slug: entry.entityKey }, include: { category: { select: { slug: true } } } });
    if (!row) return gone;
    const current = {
      name: row.name,
      category: row.category.slug,
      description: row.description,
      scale: { min: row.scaleMin, max: row.scaleMax, labels: row.scaleLabels as Criterion["scale"]["labels"] },
      direction: row.direction as Criterion["direction"],
    };
    const stale = superseded(entry, field, current, row.version);
    if (stale) return stale;
    return putCriterion(entry.entityKey, { ...current, [field]: before, version: row.version, reason }, by, db);
  }
  const row = await db.actor.findUnique({ where: { slug: entry.entityKey } });
  if (!row) return gone;
  const current = { name: row.name, kind: row.kind, group: row.group, worldPower: row.worldPower } as Parameters<typeof putActor>[1];
  const stale = superseded(entry, field, current, row.version);
  if (stale) return stale;
  return putActor(entry.entityKey, { ...current, [field]: before, version: row.version, reason }, by, db);
}

async function restoreRole(entry: Entry, by: string, reason: string, db: Db): Promise<WriteOutcome<unknown>> {
  const { version: deletedAt, ...kept } = (entry.before ?? {}) as { version?: number };
  const snapshot = participantSchema.safeParse(kept);
  if (!snapshot.success) return { ok: false, status: 400, error: `change #${entry.id} did not keep the role it removed` };
  const [framework, actor] = splitKey(entry.entityKey);
  const { actor: _a, ...role } = snapshot.data;
  // Version 0: the role must still be absent; if someone has set it since, this is a 409.
  return updateParticipant({ framework, actor, write: { ...role, version: 0, reason }, by, continuesVersion: deletedAt }, db);
}

async function restoreFramework(entry: Entry, by: string, reason: string, db: Db): Promise<WriteOutcome<unknown>> {
  const { version: deletedAt, ...kept } = (entry.before ?? {}) as { version?: number };
  const snapshot = frameworkSchema.safeParse(kept);
  if (!snapshot.success) return { ok: false, status: 400, error: `change #${entry.id} did not keep the framework it deleted` };
  const framework = snapshot.data;
  // The snapshot's citations pass the same check as any write's: their sources must still be here, their quotes in their lines.
  const { issues } = await verifyWriteCitations(db, [
    ...framework.summaryCitations,
    ...framework.participants.flatMap((p) => p.citations),
    ...framework.assessments.flatMap((a) => a.citations),
  ]);
  if (issues.length) return { ok: false, status: 400, error: `the deleted framework's citations no longer match their sources`, issues };
  const outcome = await db.$transaction(async (tx) => {
    const existing = await getFramework(framework.slug, tx);
    if (existing) return { ok: false as const, status: 409 as const, error: `a framework "${framework.slug}" exists again: restoring would overwrite it`, current: existing };
    await restoreFrameworkTx(tx, framework, (deletedAt ?? 0) + 1);
    await tx.auditEntry.create({ data: { actor: by, action: "restore", entity: "framework", entityKey: framework.slug, after: JSON.parse(JSON.stringify(framework)), reason } });
    return { ok: true as const };
  });
  return outcome.ok ? { ok: true, body: await getFramework(framework.slug, db) } : outcome;
}
