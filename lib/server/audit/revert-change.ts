import { revertPlan } from "../../audit/revert-plan";
import { pinLegacyRevisions } from "../../citations/pin-revisions";
import { sameValue } from "../../audit/same-value";
import { frameworkSchema, participantSchema, type Assessment } from "../../domain/framework";
import type { z } from "zod";
import type { revertResponseSchema } from "../../domain/api";
import type { IssueParams } from "../../domain/issue-codes";
import type { Outcome } from "../../domain/outcome";
import { toActor } from "../actors/list-actors";
import { putActor } from "../actors/put-actor";
import { updateAssessment } from "../assessments/update-assessment";
import { toCriterion } from "../criteria/list-criteria";
import { putCriterion } from "../criteria/put-criterion";
import { verifyWriteCitations } from "../citations/verify-write-citations";
import { restoreFrameworkTx } from "../dataset/write-dataset";
import { getDb, type Db } from "../db";
import { getFramework, getFrameworkRecord } from "../frameworks/get-framework";
import { patchFramework } from "../frameworks/write-framework";
import { deleteParticipant } from "../participants/delete-participant";
import { updateParticipant } from "../participants/update-participant";
import { bumpDataVersion } from "../data-version";

/** Whichever record a revert wrote back. */
type Reverted = z.input<typeof revertResponseSchema>;

type Entry = NonNullable<Awaited<ReturnType<Db["auditEntry"]["findUnique"]>>>;

/** A recorded change as today's records read: citations recorded before sources had revisions name revision 1. */
const withRevisions = (entry: Entry): Entry => ({ ...entry, before: pinLegacyRevisions(entry.before), after: pinLegacyRevisions(entry.after) });

/**
 * Undoes one recorded change (or, with scope "save", every field its save changed) as a new
 * write based on the current version, through the same
 * operation (and the same checks, 409 included) an editor's own change would go through; the
 * revert is therefore itself recorded. revertPlan says which changes can be undone and how.
 */
export async function revertChange(
  input: { id: number; actor: string; reason: string; scope?: "field" | "save" },
  db: Db = getDb(),
): Promise<Outcome<Reverted>> {
  const found = await db.auditEntry.findUnique({ where: { id: input.id } });
  if (!found) return { ok: false, problem: "not-found", error: `no recorded change #${input.id}`, code: "revertNotFound", params: { id: input.id } };
  const entry = withRevisions(found);
  const plan = revertPlan(entry);
  const reason = `Revert of change #${input.id}: ${input.reason}`;
  switch (plan.kind) {
    case "none":
      return {
        ok: false,
        problem: "invalid",
        error: `change #${input.id} cannot be reverted: ${plan.why}`,
        code: plan.code,
        params: { ...plan.params, id: input.id },
      };
    case "restore-framework":
      return restoreFramework(entry, input.actor, reason, db);
    case "restore-role":
      return restoreRole(entry, input.actor, reason, db);
    case "remove-role": {
      const [framework, actor] = splitKey(entry.entityKey);
      const row = await db.participation.findFirst({
        where: { framework: { slug: framework }, actor: { slug: actor } },
        select: { version: true, role: true },
      });
      if (!row)
        return {
          ok: false,
          problem: "not-found",
          error: `${actor} no longer has a role in "${framework}"`,
          code: "revertRoleGone",
          params: { actor, framework },
        };
      // Removing a role edited since it was created would throw those edits away unseen.
      if (row.version !== 1 || row.role !== entry.after)
        return {
          ok: false,
          problem: "conflict",
          error: `the role of ${actor} in "${framework}" has changed since change #${entry.id}: remove it from its page instead`,
          code: "revertRoleChanged",
          params: { actor, framework, id: entry.id },
          current: { actor, role: row.role, version: row.version },
        };
      return deleteParticipant({ framework, actor, write: { version: row.version, reason }, by: input.actor }, db);
    }
    case "restore-field": {
      // "save": every field the same save changed (one audit batch), undone in one write.
      const entries =
        input.scope === "save" && entry.batch
          ? (await db.auditEntry.findMany({ where: { batch: entry.batch }, orderBy: { id: "asc" } })).map(withRevisions)
          : [entry];
      if (entries.some((e) => revertPlan(e).kind !== "restore-field" || e.entityKey !== entry.entityKey))
        return {
          ok: false,
          problem: "invalid",
          error: `the save of change #${input.id} cannot be reverted as a whole`,
          code: "revertSaveNotWhole",
          params: { id: input.id },
        };
      return restoreFields(entries, plan.entity, input.actor, reason, db);
    }
  }
}

const splitKey = (key: string) => key.split("/") as [string, string];

/** A change whose audit row does not hold what its revert needs (400), with the code of why. */
const notKept = (id: number, code: "revertRoleNotKept" | "revertRemovedRoleNotKept" | "revertFrameworkNotKept", what: string) => ({
  ok: false as const,
  problem: "invalid" as const,
  error: `change #${id} did not keep ${what}`,
  code,
  params: { id },
});

/**
 * A revert would silently undo every later change to a field too: refuse unless each field
 * still holds what its change wrote. Otherwise: the current record with the earlier values.
 */
function withEarlierValues<R extends Record<string, unknown>>(
  entries: Entry[],
  current: R,
  version: number,
): { ok: true; record: R } | { ok: false; problem: "conflict"; error: string; code: "revertFieldChanged"; params: IssueParams; current: unknown } {
  const moved = entries.find((e) => !sameValue(current[e.field!], e.after));
  if (moved)
    return {
      ok: false,
      problem: "conflict",
      error: `${moved.entity} ${moved.entityKey} ${moved.field} has changed since change #${moved.id}: revert the later change first, or edit it`,
      code: "revertFieldChanged",
      params: { entity: moved.entity, key: moved.entityKey, field: moved.field!, id: moved.id },
      current: { ...current, version },
    };
  return { ok: true, record: { ...current, ...Object.fromEntries(entries.map((e) => [e.field!, e.before ?? null])) } };
}

/** Writes the earlier values of these fields (all of one record) back, in one write through the record's own operation. */
async function restoreFields(entries: Entry[], entity: string, by: string, reason: string, db: Db): Promise<Outcome<Reverted>> {
  const key = entries[0]!.entityKey;
  const gone = {
    ok: false as const,
    problem: "not-found" as const,
    error: `${entity} ${key} no longer exists`,
    code: "revertRecordGone" as const,
    params: { entity, key },
  };
  // Each record's version is read before the record: if a write lands in between, the revert is stale (409), never a silent overwrite.
  if (entity === "assessment") {
    const [framework, criterion] = splitKey(key);
    const row = await db.assessment.findFirst({ where: { framework: { slug: framework }, criterion: { slug: criterion } }, select: { version: true } });
    const current = (await getFramework(framework, db))?.assessments.find((a) => a.criterion === criterion);
    if (!current || !row) return gone;
    const earlier = withEarlierValues(entries, current, row.version);
    if (!earlier.ok) return earlier;
    const { criterion: _c, ...restored } = earlier.record as Assessment;
    return updateAssessment({ framework, criterion, actor: by, write: { ...restored, version: row.version, reason } }, db);
  }
  if (entity === "participant") {
    const [framework, actor] = splitKey(key);
    const row = await db.participation.findFirst({ where: { framework: { slug: framework }, actor: { slug: actor } }, select: { version: true } });
    const current = (await getFramework(framework, db))?.participants.find((p) => p.actor === actor);
    if (!current || !row) return gone;
    const earlier = withEarlierValues(entries, current, row.version);
    if (!earlier.ok) return earlier;
    const parsed = participantSchema.safeParse(earlier.record);
    if (!parsed.success) return notKept(entries[0]!.id, "revertRoleNotKept", "a valid earlier role");
    const { actor: _a, ...restored } = parsed.data;
    return updateParticipant({ framework, actor, write: { ...restored, version: row.version, reason }, by }, db);
  }
  if (entity === "framework") {
    const row = await db.framework.findUnique({ where: { slug: key }, select: { version: true } });
    const current = await getFramework(key, db);
    if (!row || !current) return gone;
    const earlier = withEarlierValues(entries, current, row.version);
    if (!earlier.ok) return earlier;
    const patch = Object.fromEntries(entries.map((e) => [e.field!, earlier.record[e.field as keyof typeof earlier.record]]));
    return patchFramework(key, { ...patch, version: row.version, reason }, by, db);
  }
  if (entity === "criterion") {
    const row = await db.criterion.findUnique({ where: { slug: key }, include: { category: { select: { slug: true } } } });
    if (!row) return gone;
    const earlier = withEarlierValues(entries, toCriterion(row), row.version);
    if (!earlier.ok) return earlier;
    const { slug: _s, ...fields } = earlier.record;
    return putCriterion(key, { ...fields, version: row.version, reason }, by, db);
  }
  const row = await db.actor.findUnique({ where: { slug: key } });
  if (!row) return gone;
  const earlier = withEarlierValues(entries, toActor(row), row.version);
  if (!earlier.ok) return earlier;
  const { slug: _s, ...fields } = earlier.record;
  return putActor(key, { ...fields, version: row.version, reason }, by, db);
}

async function restoreRole(entry: Entry, by: string, reason: string, db: Db): Promise<Outcome<Reverted>> {
  const { version: deletedAt, ...kept } = (entry.before ?? {}) as { version?: number };
  const snapshot = participantSchema.safeParse(kept);
  if (!snapshot.success) return notKept(entry.id, "revertRemovedRoleNotKept", "the role it removed");
  const [framework, actor] = splitKey(entry.entityKey);
  const { actor: _a, ...role } = snapshot.data;
  // Version 0: the role must still be absent; if someone has set it since, this is a 409.
  return updateParticipant({ framework, actor, write: { ...role, version: 0, reason }, by, continuesVersion: deletedAt }, db);
}

async function restoreFramework(entry: Entry, by: string, reason: string, db: Db): Promise<Outcome<Reverted>> {
  const { version: deletedAt, ...kept } = (entry.before ?? {}) as { version?: number };
  const snapshot = frameworkSchema.safeParse(kept);
  if (!snapshot.success) return notKept(entry.id, "revertFrameworkNotKept", "the framework it deleted");
  const framework = snapshot.data;
  // The snapshot's citations pass the same check as any write's: their sources must still be here, their quotes in their lines.
  const { issues } = await verifyWriteCitations(db, [
    ...framework.summaryCitations,
    ...framework.announcedCitations,
    ...(framework.statusEvidence?.citations ?? []),
    ...framework.lineage.flatMap((e) => e.citations),
    ...framework.participants.flatMap((p) => p.citations),
    ...framework.assessments.flatMap((a) => a.citations),
  ]);
  if (issues.length)
    return { ok: false, problem: "invalid", error: `the deleted framework's citations no longer match their sources`, code: "revertCitationsStale", issues };
  const outcome = await db.$transaction(async (tx) => {
    const existing = await getFramework(framework.slug, tx);
    if (existing)
      return {
        ok: false as const,
        problem: "conflict" as const,
        error: `a framework "${framework.slug}" exists again: restoring would overwrite it`,
        code: "revertFrameworkExists" as const,
        params: { slug: framework.slug },
        current: existing,
      };
    await restoreFrameworkTx(tx, framework, (deletedAt ?? 0) + 1);
    await bumpDataVersion(tx);
    await tx.auditEntry.create({
      data: { actor: by, action: "restore", entity: "framework", entityKey: framework.slug, after: JSON.parse(JSON.stringify(framework)), reason },
    });
    return { ok: true as const };
  });
  return outcome.ok ? { ok: true, body: (await getFrameworkRecord(framework.slug, db))! } : outcome;
}
