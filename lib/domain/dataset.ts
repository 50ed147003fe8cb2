import { z } from "zod";
import { actorSchema } from "./actor";
import { categorySchema, criterionSchema } from "./criterion";
import type { DatasetIssueCode } from "./dataset-issues";
import { frameworkSchema } from "./framework";
import { codedIssue, type IssueParams } from "./issue-codes";
import { sourceSchema } from "./source";
import { REQUIRED_CRITERIA } from "./vocabulary";

/**
 * 2 added a framework's status, lineage, aliases and date citations, the mediator role and
 * day-exact dates; 3 the sources' texts as revisions (and their language), a citation's
 * revision and an assessment's contested mark.
 */
export const DATASET_SCHEMA_VERSION = 3;
/**
 * Files of these versions still import: what they lack takes its default (no status, no
 * lineage, no aliases; each source's one text is its repository file, revision 1; every
 * citation names that revision; nothing contested).
 */
export const READABLE_SCHEMA_VERSIONS = [1, 2, DATASET_SCHEMA_VERSION] as const;

function duplicates<T>(items: readonly T[], key: (item: T) => string): Array<{ index: number; key: string }> {
  const seen = new Set<string>();
  const found: Array<{ index: number; key: string }> = [];
  items.forEach((item, index) => {
    const k = key(item);
    if (seen.has(k)) found.push({ index, key: k });
    seen.add(k);
  });
  return found;
}

/**
 * The whole dataset: the seed file, the JSON export and the JSON import share this shape.
 * Beyond each record's own shape it checks that every reference resolves, that slugs are
 * unique, that values sit on their criterion's scale and that every framework is assessed
 * on every criterion (a silent source is an explicit null, never a missing row).
 */
export const datasetSchema = z
  .object({
    schemaVersion: z.literal(READABLE_SCHEMA_VERSIONS).transform((): typeof DATASET_SCHEMA_VERSION => DATASET_SCHEMA_VERSION),
    sources: z.array(sourceSchema).min(1),
    categories: z.array(categorySchema).min(1),
    actors: z.array(actorSchema),
    criteria: z.array(criterionSchema).min(1),
    frameworks: z.array(frameworkSchema),
  })
  .strict()
  .superRefine((d, ctx) => {
    const add = (path: (string | number)[], code: DatasetIssueCode, message: string, params: IssueParams) =>
      ctx.addIssue(codedIssue(path, code, message, params));
    for (const list of ["sources", "categories", "actors", "criteria", "frameworks"] as const) {
      for (const dup of duplicates(d[list] as ReadonlyArray<{ slug: string }>, (x) => x.slug))
        add([list, dup.index, "slug"], "slugUsedTwice", `slug "${dup.key}" is used twice`, { slug: dup.key });
    }
    // A source's revisions: those it carries, or the one its repository file holds.
    const revisionsOf = new Map(d.sources.map((s) => [s.slug, s.revisions?.length ?? 1]));
    const categories = new Set(d.categories.map((c) => c.slug));
    const actors = new Set(d.actors.map((a) => a.slug));
    const criteria = new Map(d.criteria.map((c) => [c.slug, c]));

    d.criteria.forEach((c, i) => {
      if (!categories.has(c.category)) add(["criteria", i, "category"], "unknownCategory", `unknown category "${c.category}"`, { slug: c.category });
    });
    for (const slug of REQUIRED_CRITERIA) {
      const c = criteria.get(slug);
      if (!c) add(["criteria"], "requiredCriterionMissing", `required criterion "${slug}" is missing`, { slug });
      else if (c.scale.min !== -2 || c.scale.max !== 2)
        add(["criteria", d.criteria.indexOf(c), "scale"], "requiredCriterionScale", `required criterion "${slug}" must be on the scale -2..+2`, {
          slug,
          min: -2,
          max: 2,
        });
    }

    const checkCitations = (path: (string | number)[], citations: ReadonlyArray<{ document: string; revision?: number }>) =>
      citations.forEach((c, k) => {
        const revisions = revisionsOf.get(c.document);
        if (revisions === undefined) add([...path, k, "document"], "unknownSourceDocument", `unknown source document "${c.document}"`, { slug: c.document });
        else if (c.revision !== undefined && c.revision > revisions)
          add([...path, k, "revision"], "citedRevisionMissing", `"${c.document}" has ${revisions} revision${revisions === 1 ? "" : "s"}, not ${c.revision}`, {
            slug: c.document,
            revisions,
            revision: c.revision,
          });
      });

    d.frameworks.forEach((f, i) => {
      if (f.proposer !== null && !actors.has(f.proposer))
        add(["frameworks", i, "proposer"], "unknownActor", `unknown actor "${f.proposer}"`, { slug: f.proposer });
      checkCitations(["frameworks", i, "summaryCitations"], f.summaryCitations);
      checkCitations(["frameworks", i, "announcedCitations"], f.announcedCitations);
      if (f.statusEvidence) checkCitations(["frameworks", i, "statusEvidence", "citations"], f.statusEvidence.citations);
      f.lineage.forEach((e, j) => checkCitations(["frameworks", i, "lineage", j, "citations"], e.citations));
      f.participants.forEach((p, j) => {
        if (!actors.has(p.actor)) add(["frameworks", i, "participants", j, "actor"], "unknownActor", `unknown actor "${p.actor}"`, { slug: p.actor });
        checkCitations(["frameworks", i, "participants", j, "citations"], p.citations);
      });
      const assessed = new Set<string>();
      f.assessments.forEach((a, j) => {
        assessed.add(a.criterion);
        const c = criteria.get(a.criterion);
        const path = ["frameworks", i, "assessments", j];
        if (!c) add([...path, "criterion"], "unknownAssessedCriterion", `unknown criterion "${a.criterion}"`, { slug: a.criterion });
        else if (a.value !== null && (a.value < c.scale.min || a.value > c.scale.max))
          add([...path, "value"], "valueOffScale", `${a.value} is outside the scale ${c.scale.min}..${c.scale.max} of "${c.slug}"`, {
            value: a.value,
            min: c.scale.min,
            max: c.scale.max,
            slug: c.slug,
          });
        checkCitations([...path, "citations"], a.citations);
      });
      for (const c of d.criteria)
        if (!assessed.has(c.slug))
          add(["frameworks", i, "assessments"], "assessmentMissing", `no assessment for criterion "${c.slug}" (use value null where the source is silent)`, {
            slug: c.slug,
          });
    });
  });
export type Dataset = z.infer<typeof datasetSchema>;
/** What a dataset file holds before defaults are applied. */
export type DatasetInput = z.input<typeof datasetSchema>;
