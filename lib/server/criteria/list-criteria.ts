import type { Criterion } from "../../domain/criterion";
import type { Direction } from "../../domain/vocabulary";
import { getDb, type Db } from "../db";

type ScaleLabels = Criterion["scale"]["labels"];

export async function listCriteria(db: Db = getDb()): Promise<Criterion[]> {
  const rows = await db.criterion.findMany({
    include: { category: { select: { slug: true } } },
    orderBy: [{ category: { position: "asc" } }, { position: "asc" }],
  });
  return rows.map((c) => ({
    slug: c.slug,
    name: c.name,
    category: c.category.slug,
    description: c.description,
    scale: { min: c.scaleMin, max: c.scaleMax, labels: c.scaleLabels as ScaleLabels },
    direction: c.direction as Direction,
  }));
}
