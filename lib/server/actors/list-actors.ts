import type { Actor } from "../../domain/actor";
import type { ActorRecord } from "../../domain/api";
import type { ActorGroup } from "../../domain/vocabulary";
import type { ActorTranslations } from "../../domain/translations";
import { getDb, type Db } from "../db";
import { readTranslations } from "../translations-column";

/** A stored actor in the shape of the domain and the API. */
export function toActor(a: Awaited<ReturnType<Db["actor"]["findFirstOrThrow"]>>): Actor {
  return {
    slug: a.slug,
    name: a.name,
    kind: a.kind as Actor["kind"],
    group: a.group as ActorGroup,
    worldPower: a.worldPower,
    ...readTranslations<ActorTranslations>(a.translations),
  };
}

export async function listActors(db: Db = getDb()): Promise<Actor[]> {
  return (await db.actor.findMany({ orderBy: { position: "asc" } })).map(toActor);
}

/** Every actor with its version, for the read API. */
export async function listActorRecords(db: Db = getDb()): Promise<ActorRecord[]> {
  return (await db.actor.findMany({ orderBy: { position: "asc" } })).map((row) => ({ ...toActor(row), version: row.version }));
}
