import { categoriesResponseSchema } from "@/lib/domain/api";
import { cachedJson } from "@/lib/server/api/cached-json";
import { listCategories } from "@/lib/server/criteria/list-categories";

export async function GET(request: Request) {
  return cachedJson(request, "categories", categoriesResponseSchema, async (db) => ({ categories: await listCategories(db) }));
}
