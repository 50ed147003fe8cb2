import { describeText } from "../../citations/text-digest";
import type { Citation } from "../../domain/citation";
import type { Dataset } from "../../domain/dataset";
import { fillMissingAssessments } from "../assessments/fill-missing-assessments";
import { issuesToText } from "../../domain/format-issues";
import { bumpDataVersion } from "../data-version";
import type { Db, Tx } from "../db";
import { factColumns, hasFacts } from "../frameworks/framework-fact-columns";
import { revisionConflicts } from "../sources/revision-conflicts";
import { translationsColumn } from "../translations-column";
import { insertRows } from "./insert-rows";
import { resolveDataset, type StoredDataset } from "./resolve-dataset";

export type WriteCounts = { sources: number; categories: number; actors: number; criteria: number; frameworks: number };

/**
 * Writes a validated dataset in one transaction: records are matched by slug and updated in
 * place (so running it twice changes nothing); a seeded framework's roles, assessments and
 * citations become exactly those of the dataset. Records the dataset does not name (a
 * framework an editor added, say) are left alone.
 */
export async function writeDataset(db: Db, dataset: Dataset): Promise<WriteCounts> {
  return db.$transaction((tx) => writeDatasetTx(tx, dataset), { timeout: 120_000, maxWait: 10_000 });
}

/** writeDataset inside a transaction the caller owns (an import adds its removals and audit row). */
export async function writeDatasetTx(tx: Tx, input: Dataset): Promise<WriteCounts> {
  const resolved = resolveDataset(input);
  if (!resolved.ok) throw new Error(`the dataset's sources cannot be written:\n${issuesToText(resolved.issues)}`);
  const dataset = resolved.dataset;
  const conflicts = await revisionConflicts(tx, dataset);
  if (conflicts.length) throw new Error(`the dataset would change stored source revisions:\n${issuesToText(conflicts)}`);
  await bumpDataVersion(tx);
  const now = new Date();
  const sourceIds = await writeSources(tx, dataset);
  const citationRows = citationRowsWith(sourceIds);

  const categoryIds = new Map<string, number>();
  for (const [position, { slug, translations, ...c }] of dataset.categories.entries()) {
    const data = { position, ...c, translations: translationsColumn(translations ?? {}) };
    const row = await tx.category.upsert({ where: { slug }, create: { slug, ...data }, update: data });
    categoryIds.set(slug, row.id);
  }

  const actorIds = new Map<string, number>();
  for (const [position, { slug, translations, ...a }] of dataset.actors.entries()) {
    const data = { position, ...a, translations: translationsColumn(translations ?? {}) };
    const row = await tx.actor.upsert({ where: { slug }, create: { slug, ...data }, update: { ...data, version: { increment: 1 } } });
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
      translations: translationsColumn(c.translations ?? {}),
      position,
    };
    const row = await tx.criterion.upsert({ where: { slug: c.slug }, create: { slug: c.slug, ...data }, update: { ...data, version: { increment: 1 } } });
    criterionIds.set(c.slug, row.id);
  }

  // Existing frameworks are updated in place; new ones (all of them, in a large import) go in one statement.
  const frameworkIds = new Map((await tx.framework.findMany({ select: { slug: true, id: true } })).map((f) => [f.slug, f.id]));
  const frameworkData = (f: Dataset["frameworks"][number], position: number) => ({
    name: f.name,
    shortName: f.shortName,
    proposerId: f.proposer === null ? null : actorIds.get(f.proposer)!,
    announced: f.announced,
    summary: f.summary,
    translations: translationsColumn(f.translations ?? {}),
    position,
  });
  const fresh: Array<(string | number | boolean | Date | null)[]> = [];
  for (const [position, f] of dataset.frameworks.entries()) {
    const data = frameworkData(f, position);
    if (frameworkIds.has(f.slug)) await tx.framework.update({ where: { slug: f.slug }, data: { ...data, ...factColumns(f), version: { increment: 1 } } });
    else fresh.push([f.slug, data.name, data.shortName, data.proposerId, data.announced, data.summary, data.position, now]);
  }
  const inserted = await insertRows<{ id: number; slug: string }>(
    tx,
    "Framework",
    ["slug", "name", "shortName", "proposerId", "announced", "summary", "position", "updatedAt"],
    fresh,
    ["id", "slug"],
  );
  for (const f of inserted) frameworkIds.set(f.slug, f.id);
  // JSON goes through Prisma, which stores it as each database wants; few new frameworks have any of it.
  const insertedSlugs = new Set(inserted.map((f) => f.slug));
  for (const f of dataset.frameworks)
    if (insertedSlugs.has(f.slug) && (hasFacts(f) || f.translations))
      await tx.framework.update({ where: { slug: f.slug }, data: { ...factColumns(f), translations: translationsColumn(f.translations ?? {}) } });
  for (const slug of [...frameworkIds.keys()]) if (!dataset.frameworks.some((f) => f.slug === slug)) frameworkIds.delete(slug);
  await writeFrameworkChildren(tx, dataset, frameworkIds, { actorIds, criterionIds, citationRows });

  return {
    sources: dataset.sources.length,
    categories: dataset.categories.length,
    actors: dataset.actors.length,
    criteria: dataset.criteria.length,
    frameworks: dataset.frameworks.length,
  };
}

/**
 * Puts back a deleted framework from its recorded snapshot, under a fresh row: its roles,
 * assessments and citations as they were. Roles of actors and assessments on criteria that no
 * longer exist are dropped; criteria added since get an empty assessment citing the summary.
 */
export async function restoreFrameworkTx(tx: Tx, framework: Dataset["frameworks"][number], version = 1) {
  const [actors, criteria, sources] = await Promise.all([
    tx.actor.findMany({ select: { slug: true, id: true } }),
    tx.criterion.findMany({ select: { slug: true, id: true }, orderBy: { position: "asc" } }),
    tx.source.findMany({ select: { slug: true, id: true } }),
  ]);
  const actorIds = new Map(actors.map((a) => [a.slug, a.id]));
  const criterionIds = new Map(criteria.map((c) => [c.slug, c.id]));
  const sourceIds = new Map(sources.map((s) => [s.slug, s.id]));
  const restored = {
    ...framework,
    participants: framework.participants.filter((p) => actorIds.has(p.actor)),
    assessments: framework.assessments.filter((a) => criterionIds.has(a.criterion)),
  };
  const row = await tx.framework.create({
    data: {
      slug: framework.slug,
      name: framework.name,
      shortName: framework.shortName,
      proposerId: framework.proposer === null ? null : (actorIds.get(framework.proposer) ?? null),
      announced: framework.announced,
      summary: framework.summary,
      translations: translationsColumn(framework.translations ?? {}),
      ...factColumns(framework),
      position: await tx.framework.count(),
      version,
    },
  });
  await writeFrameworkChildren(tx, { frameworks: [restored] }, new Map([[framework.slug, row.id]]), {
    actorIds,
    criterionIds,
    citationRows: citationRowsWith(sourceIds),
  });
  await fillMissingAssessments(tx, { frameworkId: row.id });
}

/**
 * Each source's metadata, and the revisions the database does not hold yet (the ones it holds
 * are the same texts: revisionConflicts checked). Revisions are never removed or rewritten.
 */
async function writeSources(tx: Tx, dataset: StoredDataset): Promise<Map<string, number>> {
  const sourceIds = new Map<string, number>();
  for (const { slug, revisions, ...s } of dataset.sources) {
    const row = await tx.source.upsert({ where: { slug }, create: { slug, ...s }, update: s });
    sourceIds.set(slug, row.id);
    const held = new Set((await tx.sourceRevision.findMany({ where: { sourceId: row.id }, select: { revision: true } })).map((r) => r.revision));
    for (const r of revisions.filter((r) => !held.has(r.revision)))
      await tx.sourceRevision.create({
        data: { sourceId: row.id, revision: r.revision, text: r.text, ...describeText(r.text), reason: r.reason, editor: r.editor },
      });
  }
  return sourceIds;
}

/** Citation rows in their given order, their source looked up by document slug; a citation without a revision (a restored snapshot's) names 1. */
const citationRowsWith = (sourceIds: Map<string, number>) => (citations: readonly Citation[]) =>
  citations.map((c, position) => ({
    sourceId: sourceIds.get(c.document)!,
    revision: c.revision ?? 1,
    lineStart: c.lineStart,
    lineEnd: c.lineEnd,
    quote: c.quote,
    position,
  }));

type Lookups = {
  actorIds: Map<string, number>;
  criterionIds: Map<string, number>;
  citationRows: (c: readonly Citation[]) => Array<{ sourceId: number; revision: number; lineStart: number; lineEnd: number; quote: string; position: number }>;
};

/**
 * Replaces the roles, assessments and citations of the dataset's frameworks in bulk, a few
 * statements whatever the size; the two large tables go through insertRows.
 */
async function writeFrameworkChildren(tx: Tx, dataset: Pick<Dataset, "frameworks">, frameworkIds: Map<string, number>, l: Lookups) {
  const ids = [...frameworkIds.values()];
  // A rewritten role or assessment continues its version, so a form opened before the write gets a 409, not a silent overwrite.
  const [oldRoles, oldAssessments] = await Promise.all([
    tx.participation.findMany({ where: { frameworkId: { in: ids } }, select: { frameworkId: true, actorId: true, version: true } }),
    tx.assessment.findMany({ where: { frameworkId: { in: ids } }, select: { frameworkId: true, criterionId: true, version: true } }),
  ]);
  const roleVersion = new Map(oldRoles.map((r) => [`${r.frameworkId}:${r.actorId}`, r.version + 1]));
  const assessmentVersion = new Map(oldAssessments.map((a) => [`${a.frameworkId}:${a.criterionId}`, a.version + 1]));
  // Deleting a role or an assessment deletes its citations (cascade).
  await tx.citation.deleteMany({ where: { frameworkId: { in: ids } } });
  await tx.participation.deleteMany({ where: { frameworkId: { in: ids } } });
  await tx.assessment.deleteMany({ where: { frameworkId: { in: ids } } });

  await insertRows(
    tx,
    "Citation",
    ["sourceId", "revision", "lineStart", "lineEnd", "quote", "position", "frameworkId"],
    dataset.frameworks.flatMap((f) =>
      l.citationRows(f.summaryCitations).map((c) => [c.sourceId, c.revision, c.lineStart, c.lineEnd, c.quote, c.position, frameworkIds.get(f.slug)!]),
    ),
  );

  const participations = await tx.participation.createManyAndReturn({
    data: dataset.frameworks.flatMap((f) =>
      f.participants.map((p, position) => ({
        frameworkId: frameworkIds.get(f.slug)!,
        actorId: l.actorIds.get(p.actor)!,
        role: p.role,
        rationale: p.rationale,
        confidence: p.confidence,
        position,
        version: roleVersion.get(`${frameworkIds.get(f.slug)}:${l.actorIds.get(p.actor)}`) ?? 1,
      })),
    ),
    select: { id: true, frameworkId: true, actorId: true },
  });
  const participationId = new Map(participations.map((p) => [`${p.frameworkId}:${p.actorId}`, p.id]));
  await insertRows(
    tx,
    "Citation",
    ["sourceId", "revision", "lineStart", "lineEnd", "quote", "position", "participationId"],
    dataset.frameworks.flatMap((f) =>
      f.participants.flatMap((p) => {
        const id = participationId.get(`${frameworkIds.get(f.slug)}:${l.actorIds.get(p.actor)}`)!;
        return l.citationRows(p.citations).map((c) => [c.sourceId, c.revision, c.lineStart, c.lineEnd, c.quote, c.position, id]);
      }),
    ),
  );

  const assessments = await insertRows<{ id: number; frameworkId: number; criterionId: number }>(
    tx,
    "Assessment",
    ["frameworkId", "criterionId", "value", "rationale", "confidence", "contested", "contestedNote", "position", "version"],
    dataset.frameworks.flatMap((f) =>
      f.assessments.map((a, position) => {
        const [frameworkId, criterionId] = [frameworkIds.get(f.slug)!, l.criterionIds.get(a.criterion)!];
        return [
          frameworkId,
          criterionId,
          a.value,
          a.rationale,
          a.confidence,
          a.contested,
          a.contestedNote,
          position,
          assessmentVersion.get(`${frameworkId}:${criterionId}`) ?? 1,
        ];
      }),
    ),
    ["id", "frameworkId", "criterionId"],
  );
  const assessmentId = new Map(assessments.map((a) => [`${a.frameworkId}:${a.criterionId}`, a.id]));
  await insertRows(
    tx,
    "Citation",
    ["sourceId", "revision", "lineStart", "lineEnd", "quote", "position", "assessmentId"],
    dataset.frameworks.flatMap((f) =>
      f.assessments.flatMap((a) => {
        const id = assessmentId.get(`${frameworkIds.get(f.slug)}:${l.criterionIds.get(a.criterion)}`)!;
        return l.citationRows(a.citations).map((c) => [c.sourceId, c.revision, c.lineStart, c.lineEnd, c.quote, c.position, id]);
      }),
    ),
  );
}
