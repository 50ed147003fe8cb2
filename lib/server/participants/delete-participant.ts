import type { VersionedDelete } from "../../domain/framework-write";
import type { Confidence, Role } from "../../domain/vocabulary";
import type { Outcome } from "../../domain/outcome";
import { citationInclude, toCitation } from "../citation-rows";
import { getDb, type Db } from "../db";
import { bumpDataVersion } from "../data-version";

/** Removes an actor's role from a framework (versioned); the audit row keeps the whole role, so it can be restored. */
export async function deleteParticipant(
  input: { framework: string; actor: string; write: VersionedDelete; by: string },
  db: Db = getDb(),
): Promise<Outcome<{ deleted: string }>> {
  const key = `${input.framework}/${input.actor}`;
  return db.$transaction(async (tx) => {
    const row = await tx.participation.findFirst({
      where: { framework: { slug: input.framework }, actor: { slug: input.actor } },
      include: citationInclude,
    });
    if (!row) return { ok: false as const, problem: "not-found" as const, error: `${input.actor} has no role in "${input.framework}"` };
    const before = {
      actor: input.actor,
      role: row.role as Role,
      rationale: row.rationale,
      confidence: row.confidence as Confidence,
      citations: row.citations.map(toCitation),
    };
    if (row.version !== input.write.version)
      return {
        ok: false as const,
        problem: "conflict" as const,
        error: `this role changed since version ${input.write.version}: it is now at version ${row.version}`,
        current: { ...before, version: row.version },
      };
    await tx.participation.delete({ where: { id: row.id } });
    // The snapshot keeps the version too, so a restored role continues it and stale forms still get a 409.
    await bumpDataVersion(tx);
    await tx.auditEntry.create({
      data: {
        actor: input.by,
        action: "delete",
        entity: "participant",
        entityKey: key,
        before: { ...before, version: row.version },
        reason: input.write.reason,
      },
    });
    return { ok: true as const, body: { deleted: key } };
  });
}
