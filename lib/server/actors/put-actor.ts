import type { Actor } from "../../domain/actor";
import type { ActorWrite } from "../../domain/vocabulary-write";
import { EDITABLE_FIELDS } from "../../domain/editable-fields";
import type { Outcome } from "../../domain/outcome";
import { recordFieldChanges } from "../audit/record-field-changes";
import { getDb, type Db } from "../db";
import { toActor } from "./list-actors";
import { translationsAfterWrite, translationsColumn } from "../translations-column";

/** Adds (version 0) or changes an actor, versioned and audited. A state's slug must be its ISO code. */
export async function putActor(slug: string, write: ActorWrite, actor: string, db: Db = getDb()): Promise<Outcome<Actor & { version: number }>> {
  if (write.kind === "state" && !/^[a-z]{2}$/.test(slug))
    return {
      ok: false,
      problem: "invalid",
      error: "the actor is invalid",
      issues: [{ path: "slug", message: "a state's slug must be its ISO 3166-1 alpha-2 code in lower case" }],
    };
  return db.$transaction(async (tx) => {
    const row = await tx.actor.findUnique({ where: { slug } });
    const version = row?.version ?? 0;
    const before = row ? toActor(row) : null;
    if (write.version !== version)
      return {
        ok: false as const,
        problem: "conflict" as const,
        error: `this actor changed since version ${write.version}: it is now at version ${version}`,
        current: before && { ...before, version },
      };
    const { version: _v, reason, ...written } = write;
    const after = { ...written, translations: translationsAfterWrite(write.translations, before) };
    const data = { ...after, translations: translationsColumn(after.translations) };
    if (row) await tx.actor.update({ where: { id: row.id }, data: { ...data, version: version + 1 } });
    else await tx.actor.create({ data: { slug, ...data, version: 1, position: await tx.actor.count() } });
    await recordFieldChanges(tx, { actor, entity: "actor", entityKey: slug, reason, fields: EDITABLE_FIELDS.actor, before, after: { slug, ...after } });
    return { ok: true as const, body: { slug, ...after, version: version + 1 } };
  });
}
