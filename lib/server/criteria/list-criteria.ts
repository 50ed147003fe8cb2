import type { CriterionRecord } from "../../domain/api";
import type { Criterion } from "../../domain/criterion";
import type { Direction } from "../../domain/vocabulary";
import type { CriterionTranslations } from "../../domain/translations";
import { getDb, type Db } from "../db";
import { readTranslations } from "../translations-column";

type ScaleLabels = Criterion["scale"]["labels"];

type CriterionRow = Awaited<ReturnType<Db["criterion"]["findFirstOrThrow"]>> & { category: { slug: string } };

/** A stored criterion (with its category's slug) in the shape of the domain and the API. */
export function toCriterion(c: CriterionRow): Criterion {
  return {
    slug: c.slug,
    name: c.name,
    category: c.category.slug,
    description: c.description,
    scale: { min: c.scaleMin, max: c.scaleMax, labels: c.scaleLabels as ScaleLabels },
    direction: c.direction as Direction,
    ...readTranslations<CriterionTranslations>(c.translations),
  };
}

const inCatalogueOrder = {
  include: { category: { select: { slug: true } } },
  orderBy: [{ category: { position: "asc" as const } }, { position: "asc" as const }],
};

export async function listCriteria(db: Db = getDb()): Promise<Criterion[]> {
  return (await db.criterion.findMany(inCatalogueOrder)).map(toCriterion);
}

/** Every criterion with its version, for the read API. */
export async function listCriterionRecords(db: Db = getDb()): Promise<CriterionRecord[]> {
  return (await db.criterion.findMany(inCatalogueOrder)).map((row) => ({ ...toCriterion(row), version: row.version }));
}
