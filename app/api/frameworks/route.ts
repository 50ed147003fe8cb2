import { frameworksResponseSchema } from "@/lib/domain/api";
import { jsonOk } from "@/lib/server/api/json-response";
import { listFrameworks } from "@/lib/server/frameworks/list-frameworks";

export async function GET() {
  return jsonOk(frameworksResponseSchema, { frameworks: await listFrameworks() });
}
