import type { Criterion } from "../../domain/criterion";
import type { CriterionWrite } from "../../domain/vocabulary-write";
import { EDITABLE_FIELDS } from "../../domain/editable-fields";
import { codedReport } from "../../domain/format-issues";
import type { Outcome } from "../../domain/outcome";
import { recordFieldChanges } from "../audit/record-field-changes";
import { fillMissingAssessments } from "../assessments/fill-missing-assessments";
import { getDb, type Db } from "../db";
import { toCriterion } from "./list-criteria";
import { translationsAfterWrite, translationsColumn } from "../translations-column";

/**
 * Adds or changes a criterion. A new one gets an empty (null) assessment for every framework,
 * citing the framework's summary, so every framework stays assessed on every criterion. A new
 * scale may not strand a recorded value outside it.
 */
export async function putCriterion(slug: string, write: CriterionWrite, actor: string, db: Db = getDb()): Promise<Outcome<Criterion & { version: number }>> {
  const category = await db.category.findUnique({ where: { slug: write.category }, select: { id: true } });
  if (!category)
    return {
      ok: false,
      problem: "invalid",
      error: "the criterion is invalid",
      issues: [codedReport("category", "categoryNotFound", `unknown category "${write.category}"`, { slug: write.category })],
    };
  return db.$transaction(async (tx) => {
    const row = await tx.criterion.findUnique({ where: { slug }, include: { category: { select: { slug: true } } } });
    const version = row?.version ?? 0;
    const before = row ? toCriterion(row) : null;
    if (write.version !== version)
      return {
        ok: false as const,
        problem: "conflict" as const,
        error: `this criterion changed since version ${write.version}: it is now at version ${version}`,
        current: before && { ...before, version },
      };
    if (row) {
      const stranded = await tx.assessment.findMany({
        where: { criterionId: row.id, OR: [{ value: { lt: write.scale.min } }, { value: { gt: write.scale.max } }] },
        select: { framework: { select: { slug: true } }, value: true },
      });
      if (stranded.length)
        return {
          ok: false as const,
          problem: "invalid" as const,
          error: "the new scale leaves recorded values outside it",
          issues: stranded.map((s) =>
            codedReport("scale", "valueStranded", `${s.framework.slug} has ${s.value}, outside ${write.scale.min}..${write.scale.max}`, {
              framework: s.framework.slug,
              value: s.value!, // outside the scale: never null
              min: write.scale.min,
              max: write.scale.max,
            }),
          ),
        };
    }
    const translations = translationsAfterWrite(write.translations, before);
    const data = {
      translations: translationsColumn(translations),
      name: write.name,
      categoryId: category.id,
      description: write.description,
      scaleMin: write.scale.min,
      scaleMax: write.scale.max,
      scaleLabels: write.scale.labels,
      direction: write.direction,
      version: version + 1,
    };
    if (row) await tx.criterion.update({ where: { id: row.id }, data });
    else {
      const created = await tx.criterion.create({ data: { slug, ...data, position: await tx.criterion.count() } });
      await fillMissingAssessments(tx, { criterionId: created.id });
    }
    const { version: _v, reason, ...written } = write;
    const after = { ...written, translations };
    await recordFieldChanges(tx, {
      actor,
      entity: "criterion",
      entityKey: slug,
      reason,
      fields: EDITABLE_FIELDS.criterion,
      before,
      after: { slug, ...after },
    });
    return { ok: true as const, body: { slug, ...after, version: version + 1 } };
  });
}
