import type { Actor } from "../../domain/actor";
import type { ActorGroup } from "../../domain/vocabulary";
import { getDb, type Db } from "../db";

/** A stored actor in the shape of the domain and the API. */
export function toActor(a: Awaited<ReturnType<Db["actor"]["findFirstOrThrow"]>>): Actor {
  return { slug: a.slug, name: a.name, kind: a.kind as Actor["kind"], group: a.group as ActorGroup, worldPower: a.worldPower };
}

export async function listActors(db: Db = getDb()): Promise<Actor[]> {
  return (await db.actor.findMany({ orderBy: { position: "asc" } })).map(toActor);
}
