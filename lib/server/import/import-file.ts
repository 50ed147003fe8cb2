import { verifyDatasetCitations } from "../../citations/verify-dataset-citations";
import { codedReport, type IssueReport } from "../../domain/format-issues";
import type { Refusal } from "../../domain/outcome";
import type { View } from "../../export/view-export";
import { diffDatasets, type DatasetDiff } from "../../import/diff-dataset";
import { parseImportFile } from "../../import/parse-import-file";
import { viewToQuery } from "../../import/view-to-query";
import { listCriteria } from "../criteria/list-criteria";
import { getDb, type Db } from "../db";
import { readDataset } from "../dataset/read-dataset";
import { replaceDatasetTx } from "../dataset/write-dataset-replacing";
import { bumpDataVersion } from "../data-version";
import { resolveDataset, revisionLines } from "../dataset/resolve-dataset";
import { revisionConflicts } from "../sources/revision-conflicts";

type ImportMode = "preview" | "apply";

type ImportOutcome =
  | { ok: true; kind: "view"; view: View; query: string }
  | { ok: true; kind: "dataset"; mode: ImportMode; diff: DatasetDiff; applied: boolean; basis: number }
  | Refusal<null>;

/**
 * The state of the data a preview was computed against: the latest recorded change to it
 * (every data write records one in its own transaction; scenarios are not the dataset).
 */
async function dataBasis(db: Pick<Db, "auditEntry">): Promise<number> {
  const latest = await db.auditEntry.findFirst({ where: { entity: { not: "scenario" } }, orderBy: { id: "desc" }, select: { id: true } });
  return latest?.id ?? 0;
}

/** An apply carries the basis of the preview it applies: there is no apply that skips the stale-data check. */
type ImportRequest = { name: string; bytes: Uint8Array; actor: string; reason: string | null } & ({ mode: "preview" } | { mode: "apply"; basis: number });

/**
 * Checks an import file whole and, for a dataset in "apply" mode, makes the database hold
 * exactly that dataset in one transaction with its audit row; otherwise nothing is written.
 * A view (weights and settings) never changes data: it comes back as a /compare query.
 */
export async function importFile(input: ImportRequest, db: Db = getDb()): Promise<ImportOutcome> {
  const parsed = await parseImportFile(input.name, input.bytes, await listCriteria(db));
  if (!parsed.ok) return parsed;
  if (parsed.kind === "view") return { ok: true, kind: "view", view: parsed.view, query: viewToQuery(parsed.view) };

  // Each source's texts (a file of version 1 or 2 names the repository file of its only one), each citation against the revision it names.
  const resolved = resolveDataset(parsed.dataset);
  if (!resolved.ok) return { ok: false, problem: "invalid", error: "the dataset's source texts cannot be used", issues: resolved.issues };
  const dataset = resolved.dataset;
  const issues: IssueReport[] = verifyDatasetCitations(dataset, revisionLines(dataset)).map((p) => codedReport(p.path, p.code, p.error, p.params));
  if (issues.length) return { ok: false, problem: "invalid", error: "the dataset's citations do not match their sources", issues };
  const conflicts = await revisionConflicts(db, dataset);
  if (conflicts.length) return { ok: false, problem: "invalid", error: "the dataset would change stored source revisions", issues: conflicts };

  const basis = await dataBasis(db);
  const diff = diffDatasets(await readDataset(db), dataset);
  if (input.mode === "preview") return { ok: true, kind: "dataset", mode: "preview", diff, applied: false, basis };
  const stale = await db.$transaction(
    async (tx) => {
      // An apply must find the data as its preview saw it.
      if ((await dataBasis(tx)) !== input.basis) return true;
      await replaceDatasetTx(tx, dataset);
      await bumpDataVersion(tx);
      await tx.auditEntry.create({
        data: {
          actor: input.actor,
          action: "import",
          entity: "dataset",
          entityKey: input.name,
          after: Object.fromEntries(Object.entries(diff).map(([k, d]) => [k, { added: d.added.length, changed: d.changed.length, removed: d.removed.length }])),
          reason: input.reason,
        },
      });
      return false;
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
  if (stale)
    return {
      ok: false,
      problem: "conflict",
      error: "the data changed after this file was checked: check it again to see what it would change now",
      current: null,
    };
  return { ok: true, kind: "dataset", mode: "apply", diff, applied: true, basis: await dataBasis(db) };
}
