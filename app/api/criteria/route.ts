import { criteriaResponseSchema } from "@/lib/domain/api";
import { cachedJson } from "@/lib/server/api/cached-json";
import { listCriterionRecords } from "@/lib/server/criteria/list-criteria";

export async function GET(request: Request) {
  return cachedJson(request, "criteria", criteriaResponseSchema, async (db) => ({ criteria: await listCriterionRecords(db) }));
}
