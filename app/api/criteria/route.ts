import { criteriaResponseSchema } from "@/lib/domain/api";
import { cachedJson } from "@/lib/server/api/cached-json";
import { listCriteria } from "@/lib/server/criteria/list-criteria";

export async function GET(request: Request) {
  return cachedJson(request, "criteria", criteriaResponseSchema, async (db) => ({ criteria: await listCriteria(db) }));
}
