import { sourcesResponseSchema } from "@/lib/domain/api";
import { jsonOk } from "@/lib/server/api/json-response";
import { listSources } from "@/lib/server/sources/list-sources";

export async function GET() {
  return jsonOk(sourcesResponseSchema, { sources: await listSources() });
}
