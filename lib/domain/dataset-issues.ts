/**
 * The codes of a dataset's own checks (its slugs, references, citations and source texts), said
 * on /import from `import.issues.<code>` in the page's language; each issue keeps the English
 * `message` the API always gave. The parameters are what the dataset held (a slug, a file, a
 * quote) and its numbers (a revision, lines).
 */
export const DATASET_ISSUE_CODES = [
  // datasetSchema's checks across records (lib/domain/dataset.ts).
  "slugUsedTwice",
  "unknownCategory",
  "requiredCriterionMissing",
  "requiredCriterionScale",
  "unknownSourceDocument",
  "citedRevisionMissing",
  "unknownActor",
  "unknownAssessedCriterion",
  "valueOffScale",
  "assessmentMissing",
  // A source's own (lib/domain/source.ts): its text, its revisions' numbers.
  "sourceNeedsText",
  "revisionOutOfOrder",
  // Its sources' texts (lib/server/dataset/resolve-dataset.ts) and the stored ones (revision-conflicts.ts).
  "revisionShaMismatch",
  "sourceFileMissing",
  "storedRevisionDiffers",
  // Its citations against their lines (lib/citations/verify-dataset-citations.ts, verify-citation.ts).
  "citedDocumentUnknown",
  "citedDocumentOrRevisionUnknown",
  "linesPastEnd",
  "quoteNotInLines",
  "linesWiderThanQuote",
] as const;
export type DatasetIssueCode = (typeof DATASET_ISSUE_CODES)[number];
