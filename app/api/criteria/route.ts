import { criteriaResponseSchema } from "@/lib/domain/api";
import { jsonOk } from "@/lib/server/api/json-response";
import { listCriteria } from "@/lib/server/criteria/list-criteria";

export async function GET() {
  return jsonOk(criteriaResponseSchema, { criteria: await listCriteria() });
}
