import type { Citation } from "../domain/citation";
import type { Dataset } from "../domain/dataset";
import type { IssueParams } from "../domain/issue-codes";
import { type CitationMismatch, verifyCitation } from "./verify-citation";

type CitationProblem = {
  path: string;
  error: string;
  code: CitationMismatch["code"] | "citedDocumentUnknown" | "citedDocumentOrRevisionUnknown";
  params: IssueParams;
};

/** Every citation of a dataset with a readable path to the record that carries it. */
export function* datasetCitations(dataset: Dataset): Generator<{ path: string; citation: Citation }> {
  for (const f of dataset.frameworks) {
    for (const [k, citation] of f.summaryCitations.entries()) yield { path: `frameworks[${f.slug}].summaryCitations[${k}]`, citation };
    for (const [k, citation] of f.announcedCitations.entries()) yield { path: `frameworks[${f.slug}].announcedCitations[${k}]`, citation };
    for (const [k, citation] of (f.statusEvidence?.citations ?? []).entries()) yield { path: `frameworks[${f.slug}].statusEvidence.citations[${k}]`, citation };
    for (const [j, e] of f.lineage.entries())
      for (const [k, citation] of e.citations.entries()) yield { path: `frameworks[${f.slug}].lineage[${j}].citations[${k}]`, citation };
    for (const p of f.participants)
      for (const [k, citation] of p.citations.entries()) yield { path: `frameworks[${f.slug}].participants[${p.actor}].citations[${k}]`, citation };
    for (const a of f.assessments)
      for (const [k, citation] of a.citations.entries()) yield { path: `frameworks[${f.slug}].assessments[${a.criterion}].citations[${k}]`, citation };
  }
}

/**
 * Checks every citation against the lines of the revision it names (its document's latest
 * when it names none); `linesOf` returns null for an unknown document or revision.
 */
export function verifyDatasetCitations(
  dataset: Dataset,
  linesOf: (document: string, revision: number | undefined) => readonly string[] | null,
): CitationProblem[] {
  const problems: CitationProblem[] = [];
  for (const { path, citation } of datasetCitations(dataset)) {
    const lines = linesOf(citation.document, citation.revision);
    if (!lines) {
      problems.push(
        citation.revision
          ? {
              path,
              error: `unknown document "${citation.document}" or revision ${citation.revision}`,
              code: "citedDocumentOrRevisionUnknown",
              params: { document: citation.document, revision: citation.revision },
            }
          : { path, error: `unknown document "${citation.document}"`, code: "citedDocumentUnknown", params: { document: citation.document } },
      );
      continue;
    }
    const check = verifyCitation(citation, lines);
    if (!check.ok) problems.push({ path, error: check.error, code: check.code, params: check.params });
  }
  return problems;
}
