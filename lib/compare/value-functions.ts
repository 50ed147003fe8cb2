import { z } from "zod";
import type { Direction } from "../domain/vocabulary";
import { slugSchema } from "../domain/vocabulary";
import { notice, type ParamNotice } from "../url-state/param-notice";
import { isDefaultFor, parseValueFunction, pointsOffScale, serializeValueFunction, type ValueFunction, valueFunctionSchema } from "../scoring/value-function";

/** A view's value functions by criterion slug: only those that differ from the criterion's own direction. */
export type ValueFunctionMap = Record<string, ValueFunction>;

/** At most this many value functions in a link, a scenario or a sheet: one per criterion, with room to spare. */
const MAX_VALUE_FUNCTIONS = 200;

export const valueFunctionMapSchema = z
  .record(slugSchema, valueFunctionSchema)
  .refine((m) => Object.keys(m).length <= MAX_VALUE_FUNCTIONS, `at most ${MAX_VALUE_FUNCTIONS} value functions`);

type Scaled = { slug: string; direction: Direction; scale: { min: number; max: number } };

/** "stance-toward-iran:cost" -> the criterion and its value function, or null when it is not one. */
function parseValueFunctionEntry(entry: string): { criterion: string; valueFunction: ValueFunction } | null {
  const at = entry.indexOf(":");
  const slug = entry.slice(0, at);
  if (at < 0 || !slugSchema.safeParse(slug).success) return null;
  const valueFunction = parseValueFunction(entry.slice(at + 1));
  return valueFunction ? { criterion: slug, valueFunction } : null;
}

/** The valid entries of a `vf` value, the last one of a criterion winning; bad entries are dropped. */
export function parseValueFunctions(value: string): ValueFunctionMap {
  const out: ValueFunctionMap = {};
  for (const entry of value.split(",").slice(0, MAX_VALUE_FUNCTIONS)) {
    const parsed = parseValueFunctionEntry(entry);
    if (parsed) out[parsed.criterion] = parsed.valueFunction;
  }
  return out;
}

export function serializeValueFunctions(map: ValueFunctionMap): string {
  return Object.entries(map)
    .map(([slug, f]) => `${slug}:${serializeValueFunction(f)}`)
    .join(",");
}

/** Whether a value function fits a criterion: every point on its scale. */
const fits = (f: ValueFunction, criterion: Pick<Scaled, "scale">) => pointsOffScale(f, criterion.scale).length === 0;

/** What is wrong with a `vf` value, a notice per problem (a malformed entry, an unknown criterion, a point off its scale, too many). */
export function valueFunctionNotices(value: string, criteria: ReadonlySet<string>, scales?: ReadonlyMap<string, { min: number; max: number }>): ParamNotice[] {
  const key = "vf";
  const entries = value.split(",");
  const notices = entries.slice(0, MAX_VALUE_FUNCTIONS).flatMap((entry): ParamNotice[] => {
    const parsed = parseValueFunctionEntry(entry);
    if (!parsed) return [notice("notValueFunctionEntry", { key, value: entry })];
    if (!criteria.has(parsed.criterion)) return [notice("unknownSlug", { key, value: parsed.criterion, what: "criterion" })];
    const scale = scales?.get(parsed.criterion);
    const off = scale ? pointsOffScale(parsed.valueFunction, scale) : [];
    return off.length ? [notice("valueFunctionOffScale", { key, slug: parsed.criterion, points: off.join(", "), min: scale!.min, max: scale!.max })] : [];
  });
  if (entries.length > MAX_VALUE_FUNCTIONS) notices.push(notice("tooMany", { key, max: MAX_VALUE_FUNCTIONS, what: "valueFunctions" }));
  return notices;
}

/**
 * Each criterion's value function in a view: the link's where it gives one, else the preset's,
 * kept only where it fits the criterion's scale and differs from the criterion's own direction
 * (the default, which the engine needs no word of).
 */
export function resolveValueFunctions(
  criteria: readonly Scaled[],
  preset: { valueFunctions?: Readonly<Record<string, ValueFunction>> } | undefined,
  overrides: ValueFunctionMap,
): ValueFunctionMap {
  const out: ValueFunctionMap = {};
  for (const c of criteria) {
    const f = overrides[c.slug] ?? preset?.valueFunctions?.[c.slug];
    if (f && !isDefaultFor(f, c.direction) && fits(f, c)) out[c.slug] = plain(f);
  }
  return out;
}

/** The function alone, without what a preset carries beside it (its rationale). */
const plain = (f: ValueFunction): ValueFunction => ("direction" in f ? { direction: f.direction } : { points: f.points });

/** The slugs of the criteria whose value function in the view differs from the preset's. */
export function changedValueFunctions(criteria: readonly Scaled[], preset: ValueFunctionMap, view: ValueFunctionMap): string[] {
  return criteria
    .filter((c) => (view[c.slug] ? serializeValueFunction(view[c.slug]!) : "") !== (preset[c.slug] ? serializeValueFunction(preset[c.slug]!) : ""))
    .map((c) => c.slug);
}

/**
 * The link's `vf` after one criterion's value function is set: an entry only where it differs
 * from what the preset gives (its own, or the criterion's direction), so links stay short.
 */
export function withValueFunction(
  link: ValueFunctionMap,
  criterion: Pick<Scaled, "slug" | "direction">,
  f: ValueFunction,
  presetOwn: ValueFunction | undefined,
): ValueFunctionMap {
  const next = { ...link };
  const base = presetOwn ?? { direction: criterion.direction };
  if (serializeValueFunction(f) === serializeValueFunction(base)) delete next[criterion.slug];
  else next[criterion.slug] = plain(f);
  return next;
}
