import type { AssessmentRecord, FrameworkRecord } from "../../domain/api";
import type { Assessment, Framework, FrameworkLabel } from "../../domain/framework";
import { datePrecision } from "../../domain/dates";
import { frameworkFactSchemas } from "../../domain/framework-facts";
import type { Confidence, Role } from "../../domain/vocabulary";
import { pinLegacyRevisions } from "../../citations/pin-revisions";
import { citationInclude, toCitation } from "../citation-rows";
import type { FrameworkTranslations } from "../../domain/translations";
import { readTranslations } from "../translations-column";

/** What an assessment's API shape needs. */
export const assessmentInclude = { criterion: { select: { slug: true } }, ...citationInclude } as const;

/** Everything a framework's API shape needs, ordered as the dataset orders it. */
export const frameworkInclude = {
  proposer: { select: { slug: true } },
  citations: citationInclude.citations,
  participations: {
    include: { actor: { select: { slug: true } }, ...citationInclude },
    orderBy: { position: "asc" },
  },
  assessments: {
    include: assessmentInclude,
    orderBy: { position: "asc" },
  },
} as const;

type CitationRow = Parameters<typeof toCitation>[0];
type AssessmentRow = {
  criterion: { slug: string };
  version: number;
  value: number | null;
  rationale: string;
  confidence: string;
  contested: boolean;
  contestedNote: string | null;
  citations: CitationRow[];
};
type FrameworkRow = {
  slug: string;
  version: number;
  name: string;
  shortName: string;
  announced: string | null;
  summary: string;
  status: string | null;
  statusEvidence: unknown;
  announcedCitations: unknown;
  lineage: unknown;
  aliases: unknown;
  translations: unknown;
  proposer: { slug: string } | null;
  citations: CitationRow[];
  participations: Array<{ actor: { slug: string }; version: number; role: string; rationale: string; confidence: string; citations: CitationRow[] }>;
  assessments: AssessmentRow[];
};

/**
 * The JSON columns, checked on their way out as on their way in; a null list column is an empty
 * list. Citations stored before sources had revisions name none: theirs is revision 1.
 */
function frameworkFacts(row: FrameworkRow) {
  return {
    status: frameworkFactSchemas.status.parse(row.status),
    statusEvidence: frameworkFactSchemas.statusEvidence.parse(pinLegacyRevisions(row.statusEvidence ?? null)),
    announcedCitations: frameworkFactSchemas.announcedCitations.parse(pinLegacyRevisions(row.announcedCitations ?? [])),
    lineage: frameworkFactSchemas.lineage.parse(pinLegacyRevisions(row.lineage ?? [])),
    aliases: frameworkFactSchemas.aliases.parse(row.aliases ?? []),
  };
}

/** What a list or the matrix shows of a framework, from the columns `frameworkLabelSelect` reads. */
export const frameworkLabelSelect = { slug: true, name: true, shortName: true, status: true, aliases: true, translations: true } as const;

export function toFrameworkLabel(row: Pick<FrameworkRow, "slug" | "name" | "shortName" | "status" | "aliases" | "translations">): FrameworkLabel {
  return {
    slug: row.slug,
    name: row.name,
    shortName: row.shortName,
    status: frameworkFactSchemas.status.parse(row.status),
    aliases: frameworkFactSchemas.aliases.parse(row.aliases ?? []),
    ...readTranslations<FrameworkTranslations>(row.translations),
  };
}

/** Maps a row to the API/dataset shape. Role and confidence were validated by zod when written. */
export function toFramework(row: FrameworkRow): Framework {
  return {
    slug: row.slug,
    name: row.name,
    shortName: row.shortName,
    proposer: row.proposer?.slug ?? null,
    announced: row.announced,
    summary: row.summary,
    summaryCitations: row.citations.map(toCitation),
    ...readTranslations<FrameworkTranslations>(row.translations),
    ...frameworkFacts(row),
    participants: row.participations.map((p) => ({
      actor: p.actor.slug,
      role: p.role as Role,
      rationale: p.rationale,
      confidence: p.confidence as Confidence,
      citations: p.citations.map(toCitation),
    })),
    assessments: row.assessments.map(toAssessment),
  };
}

function toAssessment(row: AssessmentRow): Assessment {
  return {
    criterion: row.criterion.slug,
    value: row.value,
    rationale: row.rationale,
    confidence: row.confidence as Confidence,
    citations: row.citations.map(toCitation),
    contested: row.contested,
    contestedNote: row.contestedNote,
  };
}

/** The read API's shape of one assessment: with its version. */
export function toAssessmentRecord(row: AssessmentRow): AssessmentRecord {
  return { ...toAssessment(row), version: row.version };
}

/** The read API's shape: the framework with the version of it, of each role and of each assessment. */
export function toFrameworkRecord(row: FrameworkRow): FrameworkRecord {
  const framework = toFramework(row);
  return {
    ...framework,
    version: row.version,
    announcedPrecision: framework.announced === null ? null : datePrecision(framework.announced),
    participants: framework.participants.map((p, i) => ({ ...p, version: row.participations[i]!.version })),
    assessments: row.assessments.map(toAssessmentRecord),
  };
}
