import { slugSchema } from "../domain/vocabulary";
import { notice, type ParamNotice } from "../url-state/param-notice";
import { preferenceSchema } from "../scoring/methods/promethee2";
import { PREFERENCE_TYPES, type PreferenceFunction } from "../scoring/promethee";

/** PROMETHEE II's preference function per criterion slug; a criterion left out uses "usual". */
export type PreferenceMap = Record<string, PreferenceFunction>;
export type PreferenceType = PreferenceFunction["type"];
export type Threshold = "q" | "p" | "s";

/** The thresholds each function takes, in the order a link writes them. */
export const THRESHOLDS: Record<PreferenceType, readonly Threshold[]> = {
  usual: [],
  ushape: ["q"],
  vshape: ["p"],
  level: ["q", "p"],
  linear: ["q", "p"],
  gaussian: ["s"],
};

/** At most this many preference functions in a link: one per criterion, with room to spare. */
export const MAX_PREFERENCES = 200;

/** "escalation-risk:linear:0.5:2" -> the criterion and its function, or null when it is not one (a bad threshold too). */
export function parsePreferenceEntry(entry: string): { criterion: string; preference: PreferenceFunction } | null {
  const [slug, type, ...numbers] = entry.split(":");
  if (!slugSchema.safeParse(slug).success || !PREFERENCE_TYPES.includes(type as PreferenceType)) return null;
  const names = THRESHOLDS[type as PreferenceType];
  if (numbers.length !== names.length || numbers.some((n) => n.trim() === "")) return null;
  const parsed = preferenceSchema.safeParse({ type, ...Object.fromEntries(names.map((name, k) => [name, Number(numbers[k])])) });
  return parsed.success ? { criterion: slug!, preference: parsed.data } : null;
}

/** The valid entries of a `pf` value, the last one of a criterion winning; bad entries are dropped. */
export function parsePreferences(value: string): PreferenceMap {
  const out: PreferenceMap = {};
  for (const entry of value.split(",").slice(0, MAX_PREFERENCES)) {
    const parsed = parsePreferenceEntry(entry);
    if (parsed) out[parsed.criterion] = parsed.preference;
  }
  return out;
}

export function serializePreference(slug: string, f: PreferenceFunction): string {
  return [slug, f.type, ...THRESHOLDS[f.type].map((name) => String((f as Partial<Record<Threshold, number>>)[name]))].join(":");
}

export function serializePreferences(map: PreferenceMap): string {
  return Object.entries(map)
    .map(([slug, f]) => serializePreference(slug, f))
    .join(",");
}

/** What is wrong with a `pf` value, a notice per problem (an unknown criterion, a malformed entry, too many). */
export function preferenceNotices(value: string, criteria: ReadonlySet<string>): ParamNotice[] {
  const key = "pf";
  const entries = value.split(",");
  const notices = entries.slice(0, MAX_PREFERENCES).flatMap((entry): ParamNotice[] => {
    const parsed = parsePreferenceEntry(entry);
    if (!parsed) return [notice("notPreferenceEntry", { key, value: entry })];
    return criteria.has(parsed.criterion) ? [] : [notice("unknownSlug", { key, value: parsed.criterion, what: "criterion" })];
  });
  if (entries.length > MAX_PREFERENCES) notices.push(notice("tooMany", { key, max: MAX_PREFERENCES, what: "preferenceFunctions" }));
  return notices;
}

const round = (x: number) => Math.round(x * 100) / 100;

/**
 * A function of the given type with thresholds sensible for a criterion's scale: on a scale
 * of width r, indifference below r/8 (q), full preference from r/2 (p), the Gaussian's
 * inflection at r/4 (s). "usual" needs none, and suits the app's short ordinal scales.
 */
export function suggestedPreference(type: PreferenceType, scale: { min: number; max: number }): PreferenceFunction {
  const range = Math.max(scale.max - scale.min, 1e-9);
  const q = round(range / 8);
  const p = Math.max(round(range / 2), q, 0.01);
  const s = Math.max(round(range / 4), 0.01);
  switch (type) {
    case "usual":
      return { type };
    case "ushape":
      return { type, q };
    case "vshape":
      return { type, p };
    case "level":
    case "linear":
      return { type, q, p };
    case "gaussian":
      return { type, s };
  }
}

/** Whether a method reads preference functions from its criteria (PROMETHEE II). */
export const readsPreferences = (criterionParameters: { shape: object }) => "preference" in criterionParameters.shape;

/** The map with one criterion's function set, or removed when it is the default ("usual"). */
export function withPreference(map: PreferenceMap, slug: string, f: PreferenceFunction): PreferenceMap {
  const next = { ...map };
  if (f.type === "usual") delete next[slug];
  else next[slug] = f;
  return next;
}
