import { actorsResponseSchema } from "@/lib/domain/api";
import { cachedJson } from "@/lib/server/api/cached-json";
import { listActorRecords } from "@/lib/server/actors/list-actors";

export async function GET(request: Request) {
  return cachedJson(request, "actors", actorsResponseSchema, async (db) => ({ actors: await listActorRecords(db) }));
}
