import type { Actor } from "../../domain/actor";
import type { ActorGroup } from "../../domain/vocabulary";
import { getDb, type Db } from "../db";

export async function listActors(db: Db = getDb()): Promise<Actor[]> {
  const rows = await db.actor.findMany({ orderBy: { position: "asc" } });
  return rows.map((a) => ({
    slug: a.slug,
    name: a.name,
    kind: a.kind as Actor["kind"],
    group: a.group as ActorGroup,
    worldPower: a.worldPower,
  }));
}
