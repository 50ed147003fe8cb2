// Prints the counts table of docs/data-notes.md (values, nulls, confidence, roles, citations and
// claims per source, source revisions, contested cells) for
// one or more dataset files, one column each: `npm run data:counts -- before.json prisma/dataset.json`.
// Also lists any breach of the data rules (lib/domain/dataset-rules.ts).
import { checkConsistency, checkSilenceRule, datasetCounts } from "../lib/domain/dataset-rules";
import { DatasetFileError, loadDatasetFile } from "../lib/server/dataset/load-dataset-file";

const files = process.argv.slice(2).length ? process.argv.slice(2) : ["prisma/dataset.json"];
try {
  const columns = files.map((file) => {
    const d = loadDatasetFile(file);
    const c = datasetCounts(d);
    return {
      file,
      rows: [
        ["assessments", c.assessments],
        ["values (non-null)", c.values],
        ["nulls", c.nulls],
        ...Object.entries(c.nullsByFramework).map(([k, v]) => [`nulls: ${k}`, v]),
        ...Object.entries(c.valuesByConfidence).map(([k, v]) => [`values at ${k} confidence`, v]),
        ["frameworks with a status", c.frameworksWithStatus],
        ["announced to the day", c.datedToTheDay],
        ["lineage entries", c.lineageEntries],
        ["aliases", c.aliases],
        ["roles", c.roles],
        ...Object.entries(c.rolesByRole).map(([k, v]) => [`roles: ${k}`, v]),
        ...Object.entries(c.rolesByConfidence).map(([k, v]) => [`roles at ${k} confidence`, v]),
        ["citations: assessments", c.citations.assessments],
        ["citations: roles", c.citations.roles],
        ["citations: summaries", c.citations.summaries],
        ["citations: status, dates, lineage", c.citations.statusDatesLineage],
        ...Object.entries(c.citationsBySource).map(([k, v]) => [`citations from ${k}`, v]),
        ...Object.entries(c.claimsBySource).map(([k, v]) => [`claims resting on ${k}`, v]),
        ["source revisions", c.sourceRevisions],
        ["assessments citing two or more sources", c.multiSourceAssessments],
        ["contested cells", c.contested],
        ["silence-rule problems", checkSilenceRule(d).length],
        ["consistency problems", checkConsistency(d).length],
      ] as Array<[string, number]>,
    };
  });
  console.log(`| count | ${columns.map((c) => c.file).join(" | ")} |`);
  console.log(`| --- | ${columns.map(() => "---:").join(" | ")} |`);
  columns[0]!.rows.forEach(([label], i) => console.log(`| ${label} | ${columns.map((c) => c.rows[i]![1]).join(" | ")} |`));
} catch (error) {
  if (!(error instanceof DatasetFileError)) throw error;
  console.error(error.message);
  process.exit(1);
}
