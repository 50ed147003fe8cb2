import { getDb, type Db } from "../db";

/** The stored version of a framework's assessment on a criterion (0 when there is none). */
export async function getAssessmentVersion(framework: string, criterion: string, db: Db = getDb()): Promise<number> {
  const row = await db.assessment.findFirst({ where: { framework: { slug: framework }, criterion: { slug: criterion } }, select: { version: true } });
  return row?.version ?? 0;
}
