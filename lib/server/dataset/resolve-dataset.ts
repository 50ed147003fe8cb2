import { pinDatasetRevisions } from "../../citations/pin-revisions";
import { sourceTextProblem } from "../../citations/source-text";
import { sha256Hex } from "../../citations/text-digest";
import { splitLines } from "../../citations/verify-citation";
import type { Dataset } from "../../domain/dataset";
import { codedReport, type IssueReport } from "../../domain/format-issues";
import type { Source, SourceRevision } from "../../domain/source";
import { readShippedSourceText } from "../sources/read-source-text";

export type StoredSource = Source & { revisions: SourceRevision[] };
/** A dataset as the database holds it: every source with its texts, every citation naming its revision. */
export type StoredDataset = Omit<Dataset, "sources"> & { sources: StoredSource[] };

/** The revision a text shipped in the repository makes: always revision 1, by "seed". */
export const shippedRevision = (file: string, text: string): SourceRevision => ({
  revision: 1,
  sha256: sha256Hex(text),
  reason: `The text as shipped in ${file}`,
  editor: "seed",
  text,
});

/**
 * Puts a dataset in its stored form: a source that names its repository file instead of
 * carrying its revisions (the seed file, files of versions 1 and 2) gets revision 1 from that
 * file; every carried revision's SHA-256 must be that of its text; every citation without a
 * revision names its source's latest. Problems are named by source and revision.
 */
export function resolveDataset(dataset: Dataset, root?: string): { ok: true; dataset: StoredDataset } | { ok: false; issues: IssueReport[] } {
  const issues: IssueReport[] = [];
  const sources = dataset.sources.map((s): StoredSource => {
    if (s.revisions) {
      s.revisions.forEach((r) => {
        const problem = sourceTextProblem(r.text);
        if (problem)
          issues.push({ path: `sources[${s.slug}].revisions[${r.revision}].text`, message: problem.error, code: problem.code, params: problem.params });
        else if (sha256Hex(r.text) !== r.sha256)
          issues.push(
            codedReport(
              `sources[${s.slug}].revisions[${r.revision}].sha256`,
              "revisionShaMismatch",
              "is not the SHA-256 of the revision's text: the text was changed",
            ),
          );
      });
      return { ...s, revisions: s.revisions };
    }
    const text = s.file === null ? null : readShippedSourceText(s.file, root);
    if (text === null) {
      issues.push(
        codedReport(`sources[${s.slug}].file`, "sourceFileMissing", `"${s.file}" is not in the repository; a source's text must ship in prisma/sources`, {
          file: String(s.file),
        }),
      );
      return { ...s, revisions: [] };
    }
    return { ...s, revisions: [shippedRevision(s.file!, text)] };
  });
  if (issues.length) return { ok: false, issues };
  return { ok: true, dataset: pinDatasetRevisions({ ...dataset, sources }) as StoredDataset };
}

/** Each source revision's lines, split once when first asked for. */
export function revisionLines(dataset: StoredDataset) {
  const split = new Map<string, string[]>();
  return (document: string, revision: number | undefined): string[] | null => {
    const source = dataset.sources.find((s) => s.slug === document);
    const r = source ? source.revisions[(revision ?? source.revisions.length) - 1] : undefined;
    if (!r) return null;
    const key = `${document}@${r.revision}`;
    if (!split.has(key)) split.set(key, splitLines(r.text));
    return split.get(key)!;
  };
}
