import type { Participant } from "../../domain/framework";
import type { ParticipantWrite } from "../../domain/participant-write";
import type { Confidence, Role } from "../../domain/vocabulary";
import { EDITABLE_FIELDS } from "../../domain/editable-fields";
import type { Outcome } from "../../domain/outcome";
import { recordFieldChanges } from "../audit/record-field-changes";
import { citationInclude, toCitation } from "../citation-rows";
import { citationRowsFor, verifyWriteCitations } from "../citations/verify-write-citations";
import { getDb, type Db } from "../db";

type Versioned = Participant & { version: number };

/** Sets an actor's role in a framework, with versions (409 when stale) and audit rows, in one transaction. */
export async function updateParticipant(
  input: {
    framework: string;
    actor: string;
    write: ParticipantWrite;
    by: string /** A restored role continues the version it was deleted at. */;
    continuesVersion?: number;
  },
  db: Db = getDb(),
): Promise<Outcome<Versioned>> {
  const { write } = input;
  const [framework, actor] = await Promise.all([
    db.framework.findUnique({ where: { slug: input.framework }, select: { id: true } }),
    db.actor.findUnique({ where: { slug: input.actor }, select: { id: true } }),
  ]);
  if (!framework) return { ok: false, problem: "not-found", error: `framework "${input.framework}" not found` };
  if (!actor) return { ok: false, problem: "not-found", error: `actor "${input.actor}" not found` };
  const { issues, pinned, sourceId } = await verifyWriteCitations(db, write.citations);
  if (issues.length) return { ok: false, problem: "invalid", error: "the role is invalid", issues };

  return db.$transaction(async (tx) => {
    const where = { frameworkId_actorId: { frameworkId: framework.id, actorId: actor.id } };
    const row = await tx.participation.findUnique({ where, include: citationInclude });
    const before = row
      ? { role: row.role as Role, rationale: row.rationale, confidence: row.confidence as Confidence, citations: row.citations.map(toCitation) }
      : null;
    const version = row?.version ?? 0;
    if (write.version !== version)
      return {
        ok: false as const,
        problem: "conflict" as const,
        error: `this role changed since version ${write.version}: it is now at version ${version}`,
        current: before ? { actor: input.actor, ...before, version } : null,
      };
    const nextVersion = (row ? version : (input.continuesVersion ?? 0)) + 1;
    const data = { role: write.role, rationale: write.rationale, confidence: write.confidence, version: nextVersion };
    const saved = row
      ? await tx.participation.update({ where: { id: row.id }, data })
      : await tx.participation.create({
          data: { ...data, frameworkId: framework.id, actorId: actor.id, position: await tx.participation.count({ where: { frameworkId: framework.id } }) },
        });
    await tx.citation.deleteMany({ where: { participationId: saved.id } });
    await tx.citation.createMany({ data: citationRowsFor(pinned, sourceId, { participationId: saved.id }) });
    const after = { role: write.role, rationale: write.rationale, confidence: write.confidence, citations: pinned };
    await recordFieldChanges(tx, {
      actor: input.by,
      entity: "participant",
      entityKey: `${input.framework}/${input.actor}`,
      reason: write.reason,
      fields: EDITABLE_FIELDS.participant,
      before,
      after,
    });
    return { ok: true as const, body: { actor: input.actor, ...after, version: nextVersion } };
  });
}
