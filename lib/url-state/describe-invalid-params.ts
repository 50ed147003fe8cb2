import { MISSING_POLICIES } from "../domain/analyze";
import { METHOD_IDS } from "../scoring/methods/registry";
import { WEIGHT_MAX, WEIGHT_MIN } from "../domain/preset";
import { slugSchema } from "../domain/vocabulary";
import { MAX_ASSUMPTIONS, parseAssumptionEntry } from "../compare/assumptions";
import { preferenceNotices } from "../compare/preference-functions";
import { valueFunctionNotices } from "../compare/value-functions";
import { ROBUSTNESS_LIMITS, WEIGHT_MODELS } from "../domain/robustness";
import { parsePairwiseAnswers } from "../pairwise/pairwise-answers";
import { robustnessParsers, SPREAD_LIMITS } from "./robustness-params";
import { parseSort } from "./compare-params";
import { notice, type ParamNotice } from "./param-notice";

export type KnownSlugs = {
  criteria: ReadonlySet<string>;
  categories: ReadonlySet<string>;
  frameworks: ReadonlySet<string>;
  presets: ReadonlySet<string>;
  /** Saved scenarios (not presets): the ones a view can be opened from and update. */
  scenarios: ReadonlySet<string>;
  /** The sources a view can be limited to (`source=`). */
  sources: ReadonlySet<string>;
  /** Each criterion's scale, which a value function's points must lie on; without it they are not checked. */
  scales?: ReadonlyMap<string, { min: number; max: number }>;
};

const BOOLEAN = new Set(["true", "false"]);

/**
 * What in a /compare query string was ignored and why, a notice per problem (a code with its
 * parameters, lib/url-state/param-notice), so the page can say so instead of silently showing
 * another view. Reads the raw values; the nuqs parsers apply the same rules and fall back to defaults.
 */
export function describeInvalidParams(get: (key: string) => string | null, known: KnownSlugs): ParamNotice[] {
  const notices: ParamNotice[] = [];
  const list = (key: string, allowed: ReadonlySet<string>, what: "criterion" | "category" | "framework") => {
    const raw = get(key);
    if (raw === null) return;
    for (const slug of raw.split(",")) if (!allowed.has(slug)) notices.push(notice("unknownSlug", { key, value: slug, what }));
  };
  const weights = (key: string, allowed: ReadonlySet<string>, what: "criterion" | "category") => {
    const raw = get(key);
    if (raw === null) return;
    for (const entry of raw.split(",")) {
      const [slug, value, ...rest] = entry.split(":");
      const number = Number(value);
      if (rest.length || value === undefined || value.trim() === "" || !slugSchema.safeParse(slug).success)
        notices.push(notice("notWeightEntry", { key, value: entry, what }));
      else if (!allowed.has(slug!)) notices.push(notice("unknownSlug", { key, value: slug!, what }));
      else if (!Number.isFinite(number) || number < WEIGHT_MIN || number > WEIGHT_MAX)
        notices.push(notice("weightOutOfRange", { key, slug: slug!, value, min: WEIGHT_MIN, max: WEIGHT_MAX }));
    }
  };
  const literal = (key: string, allowed: readonly string[]) => {
    const raw = get(key);
    if (raw !== null && !allowed.includes(raw)) notices.push(notice("notOneOf", { key, value: raw, allowed: allowed.join(", ") }));
  };

  const preset = get("preset");
  if (preset !== null && !known.presets.has(preset)) notices.push(notice("unknownSlug", { key: "preset", value: preset, what: "preset" }));
  const scenario = get("scenario");
  if (scenario !== null && !known.scenarios.has(scenario)) notices.push(notice("unknownScenario", { key: "scenario", value: scenario }));
  const source = get("source");
  if (source !== null && !known.sources.has(source)) notices.push(notice("unknownSource", { key: "source", value: source }));
  const sv = get("sv");
  if (sv !== null && !/^[1-9]\d{0,8}$/.test(sv)) notices.push(notice("notScenarioVersion", { key: "sv", value: sv }));
  weights("w", known.criteria, "criterion");
  weights("cw", known.categories, "category");
  literal("method", METHOD_IDS);
  literal("missing", MISSING_POLICIES);
  list("fw", known.frameworks, "framework");
  list("pin", known.frameworks, "framework");
  list("cat", known.categories, "category");
  list("lock", known.criteria, "criterion");
  const assume = get("assume");
  if (assume !== null) {
    const entries = assume.split(",");
    for (const entry of entries) if (!parseAssumptionEntry(entry)) notices.push(notice("notAssumptionEntry", { key: "assume", value: entry }));
    if (entries.length > MAX_ASSUMPTIONS) notices.push(notice("tooMany", { key: "assume", max: MAX_ASSUMPTIONS, what: "ownValues" }));
  }
  const pf = get("pf");
  if (pf !== null) notices.push(...preferenceNotices(pf, known.criteria));
  const vf = get("vf");
  if (vf !== null) notices.push(...valueFunctionNotices(vf, known.criteria, known.scales));
  notices.push(...robustnessNotices(get));
  const ahp = get("ahp");
  if (ahp !== null) notices.push(...parsePairwiseAnswers(ahp).ignored);
  for (const key of ["t", "group", "diff"]) literal(key, [...BOOLEAN]);
  const sort = get("sort");
  if (sort !== null) {
    const parsed = parseSort(sort);
    if (!parsed) notices.push(notice("notSortForm", { key: "sort", value: sort }));
    else if (!known.frameworks.has(parsed.by) && !known.criteria.has(parsed.by))
      notices.push(notice("unknownSlug", { key: "sort", value: parsed.by, what: "frameworkOrCriterion" }));
  }
  return notices;
}

/** The robustness panel's settings (lib/url-state/robustness-params), each checked as its parser reads it. */
function robustnessNotices(get: (key: string) => string | null): ParamNotice[] {
  const notices: ParamNotice[] = [];
  const robust = get("robust");
  if (robust !== null && !(WEIGHT_MODELS as readonly string[]).includes(robust))
    notices.push(notice("notOneOf", { key: "robust", value: robust, allowed: WEIGHT_MODELS.join(", ") }));
  const bounded: Array<[keyof typeof robustnessParsers, number, number]> = [
    ["spread", SPREAD_LIMITS.min, SPREAD_LIMITS.max],
    ["samples", ROBUSTNESS_LIMITS.minSamples, ROBUSTNESS_LIMITS.maxSamples],
    ["seed", 0, ROBUSTNESS_LIMITS.maxSeed],
  ];
  for (const [key, min, max] of bounded) {
    const raw = get(key);
    if (raw !== null && robustnessParsers[key].parse(raw) === null) notices.push(notice("notWholeNumber", { key, value: raw, min, max }));
  }
  return notices;
}
