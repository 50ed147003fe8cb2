import type { Category } from "../../domain/criterion";
import type { CategoryTranslations } from "../../domain/translations";
import { getDb, type Db } from "../db";
import { readTranslations } from "../translations-column";

export async function listCategories(db: Db = getDb()): Promise<Category[]> {
  const rows = await db.category.findMany({ select: { slug: true, name: true, description: true, translations: true }, orderBy: { position: "asc" } });
  return rows.map(({ translations, ...c }) => ({ ...c, ...readTranslations<CategoryTranslations>(translations) }));
}
