import { compareMatrix, type CompareMatrix } from "../../compare/compare-matrix";
import type { Criterion } from "../../domain/criterion";
import type { FrameworkLabel } from "../../domain/framework";
import type { Confidence } from "../../domain/vocabulary";
import { listCriteria } from "../criteria/list-criteria";
import { getDb, type Db } from "../db";
import { frameworkLabelSelect, toFrameworkLabel } from "./framework-query";

type Assessed = { criterion: string; value: number | null; confidence: Confidence; contested: boolean; citations: Array<{ document: string }> };

type CompareData = { frameworks: FrameworkLabel[]; criteria: Criterion[]; matrix: CompareMatrix };

/**
 * What /compare sends the browser: the frameworks' labels, the criteria and the dense matrix of
 * values, confidences, contested marks and which sources each value cites. Only those columns
 * are read: the rationales and quotes stay in the database until a cell's evidence is opened.
 */
export async function loadCompareData(db: Db = getDb()): Promise<CompareData> {
  const [rows, criteria, assessments] = await Promise.all([
    db.framework.findMany({ select: { id: true, ...frameworkLabelSelect }, orderBy: { position: "asc" } }),
    listCriteria(db),
    db.assessment.findMany({
      select: {
        frameworkId: true,
        value: true,
        confidence: true,
        contested: true,
        criterion: { select: { slug: true } },
        citations: { select: { source: { select: { slug: true } } } },
      },
    }),
  ]);
  const byFramework = new Map(rows.map((row) => [row.id, { slug: row.slug, assessments: [] as Assessed[] }]));
  for (const a of assessments)
    byFramework.get(a.frameworkId)?.assessments.push({
      criterion: a.criterion.slug,
      value: a.value,
      confidence: a.confidence as Confidence,
      contested: a.contested,
      citations: a.citations.map((c) => ({ document: c.source.slug })),
    });
  const frameworks = [...byFramework.values()];
  return { frameworks: rows.map(toFrameworkLabel), criteria, matrix: compareMatrix(frameworks, criteria) };
}
