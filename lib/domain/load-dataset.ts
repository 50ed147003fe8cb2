import { datasetSchema, type Dataset } from "./dataset";
import { formatIssues, type IssueReport } from "./format-issues";

type DatasetResult = { ok: true; value: Dataset } | { ok: false; issues: IssueReport[] };

/** Validates parsed JSON as a dataset, naming each problem by record and field. */
export function parseDataset(input: unknown): DatasetResult {
  const parsed = datasetSchema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, issues: formatIssues(parsed.error.issues, input) };
}
