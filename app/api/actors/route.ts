import { actorsResponseSchema } from "@/lib/domain/api";
import { jsonOk } from "@/lib/server/api/json-response";
import { listActors } from "@/lib/server/actors/list-actors";

export async function GET() {
  return jsonOk(actorsResponseSchema, { actors: await listActors() });
}
