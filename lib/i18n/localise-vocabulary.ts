import type { Preset } from "../domain/preset";
import type { AnyTranslations } from "../domain/translations";
import type { Locale } from "./locales";

/**
 * The vocabulary held as data in the page's language: each translated field replaces the English
 * one, and `untranslated` lists the fields still shown in English (a translation missing for
 * this language), so the page can mark them. The translations themselves are left out: the
 * page needs only its own language's.
 */
export type Localised<T> = Omit<T, "translations"> & { untranslated?: readonly string[] };

type WithTranslations = { translations?: AnyTranslations };

function localise<T extends WithTranslations>(entity: T, locale: Locale, fields: readonly (keyof T & string)[]): Localised<T> {
  const { translations, ...out } = entity as WithTranslations & Record<string, unknown>;
  if (locale === "en") return out as Localised<T>;
  const own = (translations?.[locale] ?? {}) as Record<string, unknown>;
  const untranslated: string[] = [];
  for (const field of fields) {
    if (entity[field] === undefined) continue;
    if (typeof own[field] === "string") out[field] = own[field];
    else untranslated.push(field);
  }
  return (untranslated.length ? { ...out, untranslated } : out) as Localised<T>;
}

export const localiseCategory = <T extends WithTranslations & { name: string; description: string }>(c: T, locale: Locale) =>
  localise(c, locale, ["name", "description"]);

export const localiseActor = <T extends WithTranslations & { name: string }>(a: T, locale: Locale) => localise(a, locale, ["name"]);

export const localiseFramework = <T extends WithTranslations & { name: string; shortName: string; summary?: string }>(f: T, locale: Locale) =>
  localise(f, locale, ["name", "shortName", "summary"]);

/** A criterion's name, description and scale labels; a scale label without a translation keeps its English and counts as untranslated. */
export function localiseCriterion<
  T extends WithTranslations & { name: string; description: string; scale: { labels: ReadonlyArray<{ value: number; label: string }> } },
>(c: T, locale: Locale): Localised<T> {
  const named = localise(c, locale, ["name", "description"]);
  if (locale === "en") return named;
  const labels = ((c.translations?.[locale] as { scaleLabels?: Record<string, string> } | undefined)?.scaleLabels ?? {}) as Record<string, string>;
  const missing = c.scale.labels.some((l) => labels[String(l.value)] === undefined);
  const scale = { ...c.scale, labels: c.scale.labels.map((l) => ({ ...l, label: labels[String(l.value)] ?? l.label })) };
  const untranslated = [...(named.untranslated ?? []), ...(missing ? ["scale"] : [])];
  return { ...named, scale, ...(untranslated.length && { untranslated }) };
}

/** Whether a localised entity shows its name in English (to mark it on the page). */
export const nameUntranslated = (entity: { untranslated?: readonly string[] }) => entity.untranslated?.includes("name") ?? false;

/**
 * A stakeholder preset's title, rationale and each value function's rationale; a value function's
 * rationale without a translation keeps its English and is listed as `valueFunctions.<criterion>`.
 */
export function localisePreset<
  T extends WithTranslations & { title: string; rationale: string; valueFunctions?: Readonly<Record<string, { rationale: string }>> },
>(p: T, locale: Locale): Localised<T> {
  const named = localise(p, locale, ["title", "rationale"]);
  if (locale === "en" || !p.valueFunctions) return named;
  const own = ((p.translations?.[locale] as { valueFunctionRationales?: Record<string, string> } | undefined)?.valueFunctionRationales ?? {}) as Record<
    string,
    string
  >;
  const entries = Object.entries(p.valueFunctions);
  const valueFunctions = Object.fromEntries(entries.map(([slug, f]) => [slug, { ...f, rationale: own[slug] ?? f.rationale }]));
  const missing = entries.filter(([slug]) => own[slug] === undefined).map(([slug]) => presetRationaleField(slug));
  const untranslated = [...(named.untranslated ?? []), ...missing];
  return { ...named, valueFunctions, ...(untranslated.length && { untranslated }) };
}

/** A stakeholder preset as a page shows it. */
export type LocalisedPreset = Localised<Preset>;

/** The `untranslated` entry of a preset's value function's rationale. */
export const presetRationaleField = (criterion: string) => `valueFunctions.${criterion}`;
