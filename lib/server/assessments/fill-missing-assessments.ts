import { NOT_ASSESSED } from "../../domain/system-rationale";
import type { Tx } from "../db";

/**
 * Every framework has an assessment on every criterion: this is the one place that makes it so.
 * Gives each pair in scope without an assessment an empty one, appended in criterion order and
 * citing the framework's first summary citation, in a few statements whatever the count.
 */
export async function fillMissingAssessments(tx: Tx, scope: { frameworkId: number } | { criterionId: number }) {
  const frameworkWhere = "frameworkId" in scope ? { id: scope.frameworkId } : {};
  const criterionWhere = "criterionId" in scope ? { id: scope.criterionId } : {};
  const [frameworks, criteria] = await Promise.all([
    tx.framework.findMany({
      where: frameworkWhere,
      select: {
        id: true,
        citations: { orderBy: { position: "asc" }, take: 1, select: { sourceId: true, revision: true, lineStart: true, lineEnd: true, quote: true } },
        assessments: { select: { criterionId: true, position: true } },
      },
    }),
    tx.criterion.findMany({ where: criterionWhere, select: { id: true }, orderBy: { position: "asc" } }),
  ]);
  const rows = frameworks.flatMap((f) => {
    const assessed = new Set(f.assessments.map((a) => a.criterionId));
    const next = Math.max(-1, ...f.assessments.map((a) => a.position)) + 1;
    return criteria
      .filter((c) => !assessed.has(c.id))
      .map((c, k) => ({ frameworkId: f.id, criterionId: c.id, value: null, rationale: NOT_ASSESSED, confidence: "low", position: next + k }));
  });
  if (rows.length === 0) return;
  const created = await tx.assessment.createManyAndReturn({ data: rows, select: { id: true, frameworkId: true } });
  const summaryCitation = new Map(frameworks.map((f) => [f.id, f.citations[0]]));
  await tx.citation.createMany({
    data: created.flatMap((a) => {
      const citation = summaryCitation.get(a.frameworkId);
      return citation ? [{ ...citation, position: 0, assessmentId: a.id }] : [];
    }),
  });
}
