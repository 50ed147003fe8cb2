import { categoriesResponseSchema } from "@/lib/domain/api";
import { jsonOk } from "@/lib/server/api/json-response";
import { listCategories } from "@/lib/server/criteria/list-categories";

export async function GET() {
  return jsonOk(categoriesResponseSchema, { categories: await listCategories() });
}
