import type { Actor } from "../domain/actor";
import type { Category, Criterion } from "../domain/criterion";
import type { Framework } from "../domain/framework";
import type { Preset } from "../domain/preset";
import type { ScenarioBase } from "../domain/scenario";
import type { Source } from "../domain/source";
import type { Assumption, AssumedValues } from "../compare/assumptions";
import { cellKey } from "../compare/cell-key";
import type { Comparison, CriterionFlip, RankingProblem } from "../compare/build-comparison";
import { viewLabel, type ViewLabel } from "../compare/view-label";
import { inclusivenessPoints, rolesMatrix, type IndexPoint, type RolesMatrix } from "../inclusiveness/chart-data";
import type { PreferenceMap } from "../compare/preference-functions";
import type { ValueFunctionMap } from "../compare/value-functions";
import type { ResolvedWeights } from "../scoring/effective-weights";
import type { MissingPolicy, ScoringMethod } from "../scoring/types";
import type { Locale } from "../i18n/locales";
import type { ParamNotice } from "../url-state/param-notice";
import { sheetPresetTitle, sheetRationale, sheetVocabulary } from "./sheet-vocabulary";
import { sheetWords } from "./sheet-words";

/** Everything a comparison sheet shows, in one plain structure that every writer (CSV, XLSX, PDF) reads. */
export type ComparisonModel = {
  /** The language the sheet is written in (its labels, and the vocabulary's names where translated). */
  locale: Locale;
  title: string;
  generatedAt: string;
  viewUrl: string;
  method: ScoringMethod;
  missing: MissingPolicy;
  /** PROMETHEE II's preference function of each criterion the view sets one for (the others: "usual"). */
  preferences: PreferenceMap;
  /** What the view holds good per criterion, where it is not the criterion's own direction (every method reads them). */
  valueFunctions: ValueFunctionMap;
  preset: { slug: string; title: string };
  /** The preset's (or the saved scenario's) title, or "Custom (from <it>)" once a weight differs from it (lib/compare/view-label). */
  label: ViewLabel;
  /** Why settings of the view's link were ignored; each writer says them in the sheet's language (SheetWords.notice). */
  notices: ParamNotice[];
  sources: Source[];
  /** "Only what this source supports": the values citing no line of it are left out (missing) in this view. */
  sourceFilter: { slug: string; title: string; leftOut: number } | null;
  frameworks: Array<
    { slug: string; name: string; shortName: string } & Pick<
      Framework,
      "status" | "statusEvidence" | "announced" | "announcedCitations" | "lineage" | "aliases"
    >
  >;
  criteria: Array<{
    slug: string;
    name: string;
    category: string;
    categoryName: string;
    direction: "benefit" | "cost";
    scale: { min: number; max: number };
    criterionWeight: number;
    categoryWeight: number;
    normalisedWeight: number;
    /** One per framework, null where the source is silent. */
    values: Array<number | null>;
    /** One per framework: the analyst's own value where the source is silent and they assumed one (this view only), else null. */
    assumed: Array<number | null>;
    evidence: Array<{
      rationale: string;
      confidence: string;
      citations: Array<{ document: string; revision?: number; lineStart: number; lineEnd: number; quote: string }>;
      /** Marked by an editor when the cell's sources disagree; the note says how. */
      contested: boolean;
      contestedNote: string | null;
    } | null>;
  }>;
  /** Per framework, in framework order; null when no ranking could be computed. */
  scores: Array<{ slug: string; score: number; rank: number }> | null;
  problem: string | null;
  /** The problem as a code, for a sheet in another language (lib/compare/build-comparison's RankingProblem). */
  problemCode: RankingProblem | null;
  problemParams: Record<string, string | number> | null;
  contributions: Record<string, Record<string, number>>;
  /** Per criterion slug: the normalised weights below or above which the leader changes (lib/scoring/sensitivity). */
  flips: Record<string, CriterionFlip>;
  roles: RolesMatrix;
  inclusiveness: IndexPoint[];
  /** The analyst's own values this view rests on, never part of the data. */
  assumptions: Array<Assumption & { frameworkName: string; criterionName: string }>;
};

export function buildComparisonModel(input: {
  frameworks: readonly Framework[];
  criteria: readonly Criterion[];
  categories: readonly Category[];
  actors: readonly Actor[];
  sources: readonly Source[];
  preset: Preset | undefined;
  /** The saved scenario the view starts from, if it was opened from one (resolve-view's fromScenario): the label is its title. */
  scenario?: ScenarioBase;
  weights: ResolvedWeights;
  comparison: Comparison;
  method: ScoringMethod;
  missing: MissingPolicy;
  preferences?: PreferenceMap;
  valueFunctions?: ValueFunctionMap;
  viewUrl: string;
  generatedAt: string;
  notices: ParamNotice[];
  /** The analyst's own values (already checked against the data), for this view only. */
  assumptions?: { kept: readonly Assumption[]; values: AssumedValues };
  sourceFilter?: ComparisonModel["sourceFilter"];
  /** The sheet's language; English when not given. */
  locale?: Locale;
}): ComparisonModel {
  const { comparison } = input;
  const words = sheetWords(input.locale);
  const { frameworks, criteria, categories, actors } = sheetVocabulary(input, words);
  const categoryName = new Map(categories.map((c) => [c.slug, c.name]));
  const bySlug = new Map(comparison.ranking.map((r) => [r.slug, r]));
  const label = viewLabel(
    criteria,
    categories.map((c) => c.slug),
    input.preset,
    input.weights,
    input.valueFunctions ?? {},
    input.scenario,
  );
  // A scenario's title is its author's, in any script: isolated in a right-to-left sheet.
  const startTitle = label.scenario ? words.isolate(label.scenario.title) : sheetPresetTitle(input.preset, words);
  return {
    locale: words.locale,
    title: words.t("title"),
    generatedAt: input.generatedAt,
    viewUrl: input.viewUrl,
    method: input.method,
    missing: input.missing,
    preferences: Object.fromEntries(criteria.flatMap((c) => (input.preferences?.[c.slug] ? [[c.slug, input.preferences[c.slug]!]] : []))),
    valueFunctions: Object.fromEntries(criteria.flatMap((c) => (input.valueFunctions?.[c.slug] ? [[c.slug, input.valueFunctions[c.slug]!]] : []))),
    preset: label.preset,
    label: { ...label, text: label.custom ? words.t("customView", { preset: startTitle }) : startTitle },
    notices: input.notices,
    sources: [...input.sources],
    sourceFilter: input.sourceFilter ?? null,
    frameworks: frameworks.map((f) => ({
      slug: f.slug,
      name: f.name,
      shortName: f.shortName,
      status: f.status,
      statusEvidence: f.statusEvidence,
      announced: f.announced,
      announcedCitations: f.announcedCitations,
      lineage: f.lineage,
      aliases: f.aliases,
    })),
    criteria: criteria.map((c, j) => ({
      slug: c.slug,
      name: c.name,
      category: c.category,
      categoryName: categoryName.get(c.category) ?? c.category,
      direction: c.direction,
      scale: { min: c.scale.min, max: c.scale.max },
      criterionWeight: input.weights.criterion[c.slug] ?? 0,
      categoryWeight: input.weights.category[c.category] ?? 0,
      normalisedWeight: comparison.weights.normalised?.[j] ?? 0,
      values: frameworks.map((f) => f.assessments.find((a) => a.criterion === c.slug)?.value ?? null),
      assumed: frameworks.map((f) => input.assumptions?.values.get(cellKey(f.slug, c.slug)) ?? null),
      evidence: frameworks.map((f) => {
        const a = f.assessments.find((x) => x.criterion === c.slug);
        return a
          ? {
              rationale: sheetRationale(a.rationale, words),
              confidence: a.confidence,
              citations: a.citations,
              contested: a.contested,
              contestedNote: a.contestedNote,
            }
          : null;
      }),
    })),
    scores: comparison.problem ? null : frameworks.map((f) => ({ slug: f.slug, score: bySlug.get(f.slug)!.score, rank: bySlug.get(f.slug)!.rank })),
    problem: comparison.problem,
    problemCode: comparison.problemCode,
    problemParams: comparison.problemParams,
    contributions: comparison.contributions,
    flips: comparison.flips,
    roles: rolesMatrix(frameworks, actors),
    inclusiveness: inclusivenessPoints(frameworks, actors).points,
    assumptions: (input.assumptions?.kept ?? [])
      .filter((a) => frameworks.some((f) => f.slug === a.framework))
      .map((a) => ({
        ...a,
        frameworkName: frameworks.find((f) => f.slug === a.framework)!.shortName,
        criterionName: criteria.find((c) => c.slug === a.criterion)?.name ?? a.criterion,
      })),
  };
}
