import { createParser, parseAsArrayOf, parseAsBoolean, parseAsInteger, parseAsString, parseAsStringLiteral } from "nuqs/server";
import { MISSING_POLICIES } from "../domain/analyze";
import { DEFAULT_METHOD, METHOD_IDS } from "../scoring/methods/registry";
import { weightValueSchema, type WeightMap } from "../domain/preset";
import { slugSchema } from "../domain/vocabulary";
import { parseAssumptions, serializeAssumptions, type Assumption } from "../compare/assumptions";
import { parsePreferences, type PreferenceMap, serializePreferences } from "../compare/preference-functions";
import { parseValueFunctions, serializeValueFunctions, type ValueFunctionMap } from "../compare/value-functions";

/** "escalation-risk:80,viability:20" <-> { "escalation-risk": 80, viability: 20 }; bad entries are dropped. */
export function parseWeightMap(value: string): WeightMap {
  const out: WeightMap = {};
  for (const entry of value.split(",")) {
    const [slug, weight, ...rest] = entry.split(":");
    if (rest.length || slug === undefined || weight === undefined || weight.trim() === "") continue;
    const s = slugSchema.safeParse(slug);
    const w = weightValueSchema.safeParse(Number(weight));
    if (s.success && w.success) out[s.data] = w.data;
  }
  return out;
}

export function serializeWeightMap(map: WeightMap): string {
  return Object.entries(map)
    .map(([slug, w]) => `${slug}:${Math.round(w * 100) / 100}`)
    .join(",");
}

const weightMapParser = createParser({
  parse: parseWeightMap,
  serialize: serializeWeightMap,
  eq: (a, b) => serializeWeightMap(a) === serializeWeightMap(b),
});

export const SORT_DIRECTIONS = ["asc", "desc"] as const;
export type SortSpec = { by: string; direction: (typeof SORT_DIRECTIONS)[number] };

export function parseSort(value: string): SortSpec | null {
  const [by, direction, ...rest] = value.split(":");
  if (rest.length || !slugSchema.safeParse(by).success || (direction !== "asc" && direction !== "desc")) return null;
  return { by: by!, direction };
}

const sortParser = createParser({
  parse: parseSort,
  serialize: (s: SortSpec) => `${s.by}:${s.direction}`,
  eq: (a, b) => a.by === b.by && a.direction === b.direction,
});

const assumptionsParser = createParser({
  parse: (value: string): Assumption[] | null => {
    const list = parseAssumptions(value);
    return list.length ? list : null;
  },
  serialize: serializeAssumptions,
  eq: (a, b) => serializeAssumptions(a) === serializeAssumptions(b),
});

/** A parameter that maps criteria to settings: null (its default) when no entry of it is valid. */
const criterionMapParser = <M extends object>(parse: (value: string) => M, serialize: (map: M) => string) =>
  createParser({
    parse: (value: string): M | null => {
      const map = parse(value);
      return Object.keys(map).length ? map : null;
    },
    serialize,
    eq: (a, b) => serialize(a) === serialize(b),
  });

const preferencesParser = criterionMapParser<PreferenceMap>(parsePreferences, serializePreferences);
const valueFunctionsParser = criterionMapParser<ValueFunctionMap>(parseValueFunctions, serializeValueFunctions);

const slugParser = createParser({
  parse: (v: string) => (slugSchema.safeParse(v).success ? v : null),
  serialize: (v: string) => v,
});

/**
 * Every setting of /compare lives in the URL, so any view is a link (issue 4). Defaults stay
 * out of the URL; invalid values fall back to them (see describeInvalidParams for the notice).
 */
export const compareParsers = {
  preset: parseAsString,
  w: weightMapParser.withDefault({}),
  cw: weightMapParser.withDefault({}),
  method: parseAsStringLiteral(METHOD_IDS).withDefault(DEFAULT_METHOD),
  missing: parseAsStringLiteral(MISSING_POLICIES).withDefault("mean"),
  /** PROMETHEE II's preference function per criterion (lib/compare/preference-functions): "usual" for those left out. */
  pf: preferencesParser.withDefault({}),
  /**
   * What is good per criterion where the view differs from its preset (lib/compare/value-functions):
   * "stance-toward-iran:cost" or "escalation-risk:-2=1;0=0.7;2=0"; "criterion:benefit" takes a preset's back to the criterion's own direction.
   */
  vf: valueFunctionsParser.withDefault({}),
  fw: parseAsArrayOf(slugParser),
  pin: parseAsArrayOf(slugParser).withDefault([]),
  sort: sortParser,
  t: parseAsBoolean.withDefault(false),
  group: parseAsBoolean.withDefault(true),
  q: parseAsString.withDefault(""),
  cat: parseAsArrayOf(slugParser).withDefault([]),
  diff: parseAsBoolean.withDefault(false),
  /** The saved scenario this view was opened from, which its author may update with the view. */
  scenario: slugParser,
  /** The version of that scenario the link shows: an update based on an older one is a conflict, not an overwrite. */
  sv: parseAsInteger,
  /** The analyst's own values for cells where the source is silent (lib/compare/assumptions): this view only, never the data. */
  assume: assumptionsParser.withDefault([]),
  /** Criteria whose weight the bulk actions leave alone (lib/compare/quick-weights). */
  lock: parseAsArrayOf(slugParser).withDefault([]),
  /** "Only what this source supports": values that cite no line of this source are left out of the view. */
  source: slugParser,
};
