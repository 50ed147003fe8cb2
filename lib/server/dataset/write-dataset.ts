import type { Citation } from "../../domain/citation";
import type { Dataset } from "../../domain/dataset";
import type { Db, Tx } from "../db";

export type WriteCounts = { sources: number; categories: number; actors: number; criteria: number; frameworks: number };

/**
 * Writes a validated dataset in one transaction: records are matched by slug and updated in
 * place (so running it twice changes nothing); a seeded framework's roles, assessments and
 * citations become exactly those of the dataset. Records the dataset does not name (a
 * framework an editor added, say) are left alone.
 */
export async function writeDataset(db: Db, dataset: Dataset): Promise<WriteCounts> {
  return db.$transaction(async (tx) => {
    const sourceIds = new Map<string, number>();
    for (const { slug, ...s } of dataset.sources) {
      const row = await tx.source.upsert({ where: { slug }, create: { slug, ...s }, update: s });
      sourceIds.set(slug, row.id);
    }
    const citationRows = (citations: readonly Citation[]) =>
      citations.map((c, position) => ({
        sourceId: sourceIds.get(c.document)!,
        lineStart: c.lineStart,
        lineEnd: c.lineEnd,
        quote: c.quote,
        position,
      }));

    const categoryIds = new Map<string, number>();
    for (const [position, { slug, ...c }] of dataset.categories.entries()) {
      const row = await tx.category.upsert({ where: { slug }, create: { slug, position, ...c }, update: { position, ...c } });
      categoryIds.set(slug, row.id);
    }

    const actorIds = new Map<string, number>();
    for (const [position, { slug, ...a }] of dataset.actors.entries()) {
      const row = await tx.actor.upsert({ where: { slug }, create: { slug, position, ...a }, update: { position, ...a } });
      actorIds.set(slug, row.id);
    }

    const criterionIds = new Map<string, number>();
    for (const [position, c] of dataset.criteria.entries()) {
      const data = {
        name: c.name,
        categoryId: categoryIds.get(c.category)!,
        description: c.description,
        scaleMin: c.scale.min,
        scaleMax: c.scale.max,
        scaleLabels: c.scale.labels,
        direction: c.direction,
        position,
      };
      const row = await tx.criterion.upsert({ where: { slug: c.slug }, create: { slug: c.slug, ...data }, update: data });
      criterionIds.set(c.slug, row.id);
    }

    for (const [position, f] of dataset.frameworks.entries()) {
      const data = {
        name: f.name,
        shortName: f.shortName,
        proposerId: f.proposer === null ? null : actorIds.get(f.proposer)!,
        announced: f.announced,
        summary: f.summary,
        position,
      };
      const framework = await tx.framework.upsert({ where: { slug: f.slug }, create: { slug: f.slug, ...data }, update: data });
      await writeFrameworkChildren(tx, framework.id, f, { actorIds, criterionIds, citationRows });
    }

    return {
      sources: dataset.sources.length,
      categories: dataset.categories.length,
      actors: dataset.actors.length,
      criteria: dataset.criteria.length,
      frameworks: dataset.frameworks.length,
    };
  }, { timeout: 120_000, maxWait: 10_000 });
}

type Lookups = {
  actorIds: Map<string, number>;
  criterionIds: Map<string, number>;
  citationRows: (c: readonly Citation[]) => Array<{ sourceId: number; lineStart: number; lineEnd: number; quote: string; position: number }>;
};

async function writeFrameworkChildren(tx: Tx, frameworkId: number, f: Dataset["frameworks"][number], l: Lookups) {
  await tx.citation.deleteMany({ where: { frameworkId } });
  await tx.citation.createMany({ data: l.citationRows(f.summaryCitations).map((c) => ({ ...c, frameworkId })) });

  const keepActors = f.participants.map((p) => l.actorIds.get(p.actor)!);
  await tx.participation.deleteMany({ where: { frameworkId, actorId: { notIn: keepActors } } });
  for (const [position, p] of f.participants.entries()) {
    const actorId = l.actorIds.get(p.actor)!;
    const data = { role: p.role, rationale: p.rationale, confidence: p.confidence, position };
    const row = await tx.participation.upsert({
      where: { frameworkId_actorId: { frameworkId, actorId } },
      create: { frameworkId, actorId, ...data },
      update: data,
    });
    await tx.citation.deleteMany({ where: { participationId: row.id } });
    await tx.citation.createMany({ data: l.citationRows(p.citations).map((c) => ({ ...c, participationId: row.id })) });
  }

  const keepCriteria = f.assessments.map((a) => l.criterionIds.get(a.criterion)!);
  await tx.assessment.deleteMany({ where: { frameworkId, criterionId: { notIn: keepCriteria } } });
  for (const [position, a] of f.assessments.entries()) {
    const criterionId = l.criterionIds.get(a.criterion)!;
    const data = { value: a.value, rationale: a.rationale, confidence: a.confidence, position };
    const row = await tx.assessment.upsert({
      where: { frameworkId_criterionId: { frameworkId, criterionId } },
      create: { frameworkId, criterionId, ...data },
      update: data,
    });
    await tx.citation.deleteMany({ where: { assessmentId: row.id } });
    await tx.citation.createMany({ data: l.citationRows(a.citations).map((c) => ({ ...c, assessmentId: row.id })) });
  }
}
