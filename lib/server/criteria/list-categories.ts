import type { Category } from "../../domain/criterion";
import { getDb, type Db } from "../db";

export async function listCategories(db: Db = getDb()): Promise<Category[]> {
  return db.category.findMany({ select: { slug: true, name: true, description: true }, orderBy: { position: "asc" } });
}
