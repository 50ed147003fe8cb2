import type { AssessmentRecord } from "../../domain/api";
import { getDb, type Db } from "../db";
import { assessmentInclude, toAssessmentRecord } from "../frameworks/framework-query";

/** A framework's assessment on a criterion with its version (the evidence of one matrix cell), or null when either is unknown. */
export async function getAssessmentRecord(framework: string, criterion: string, db: Db = getDb()): Promise<AssessmentRecord | null> {
  const row = await db.assessment.findFirst({ where: { framework: { slug: framework }, criterion: { slug: criterion } }, include: assessmentInclude });
  return row ? toAssessmentRecord(row) : null;
}
