import type { Citation } from "../domain/citation";
import type { Dataset } from "../domain/dataset";

/** Every citation names its revision once written: the one it gives, else `current(document)`. Keys in the order the API writes them. */
export function pinRevision(c: Citation, current: (document: string) => number): Citation & { revision: number } {
  return { document: c.document, revision: c.revision ?? current(c.document), lineStart: c.lineStart, lineEnd: c.lineEnd, quote: c.quote };
}

const pinAll = (cs: readonly Citation[], current: (document: string) => number) => cs.map((c) => pinRevision(c, current));

/**
 * The dataset with every citation naming a revision: a citation without one names its source's
 * latest revision in the dataset (a file of version 1 or 2 has one per source).
 */
export function pinDatasetRevisions(dataset: Dataset): Dataset {
  const latest = new Map(dataset.sources.map((s) => [s.slug, s.revisions?.length ?? 1]));
  const current = (document: string) => latest.get(document) ?? 1;
  return {
    ...dataset,
    frameworks: dataset.frameworks.map((f) => ({
      ...f,
      summaryCitations: pinAll(f.summaryCitations, current),
      statusEvidence: f.statusEvidence && { ...f.statusEvidence, citations: pinAll(f.statusEvidence.citations, current) },
      announcedCitations: pinAll(f.announcedCitations, current),
      lineage: f.lineage.map((e) => ({ ...e, citations: pinAll(e.citations, current) })),
      participants: f.participants.map((p) => ({ ...p, citations: pinAll(p.citations, current) })),
      assessments: f.assessments.map((a) => ({ ...a, citations: pinAll(a.citations, current) })),
    })),
  };
}

const isCitation = (v: object): v is Citation =>
  "document" in v && "lineStart" in v && "lineEnd" in v && "quote" in v && typeof (v as Citation).document === "string";

/**
 * A value recorded before sources had revisions (an audit row's before or after) with each
 * citation in it naming revision 1, the only text every source had then; anything else as it is.
 */
export function pinLegacyRevisions<T>(value: T): T {
  if (Array.isArray(value)) return value.map(pinLegacyRevisions) as T;
  if (value === null || typeof value !== "object") return value;
  if (isCitation(value)) return (value.revision === undefined ? pinRevision(value, () => 1) : value) as T;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, pinLegacyRevisions(v)])) as T;
}
