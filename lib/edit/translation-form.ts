import { TRANSLATED_LOCALES, type AnyTranslations, type TranslatedLocale } from "../domain/translations";

/** A form's translations: every language with every field as text ("" for none yet), scale labels by point. */
export type TranslationFormValues = Record<TranslatedLocale, Record<string, string> & { scaleLabels?: Record<string, string> }>;

/**
 * The stored translations as a form holds them: each language and field present, "" where there
 * is none, so that an input is controlled from the start and a conflict compares like with like.
 */
export function translationFormValues(fields: readonly string[], stored: AnyTranslations | undefined, withScaleLabels = false): TranslationFormValues {
  return Object.fromEntries(
    TRANSLATED_LOCALES.map((locale) => {
      const own = (stored?.[locale] ?? {}) as Record<string, unknown>;
      const texts = Object.fromEntries(fields.map((field) => [field, typeof own[field] === "string" ? own[field] : ""]));
      if (!withScaleLabels) return [locale, texts];
      const labels = Object.fromEntries(Object.entries((own.scaleLabels ?? {}) as Record<string, unknown>).filter(([, v]) => typeof v === "string"));
      return [locale, { ...texts, scaleLabels: labels as Record<string, string> }];
    }),
  ) as TranslationFormValues;
}

const blank = (v: unknown) => typeof v !== "string" || v.trim() === "";

/**
 * The form's translations as the API takes them: blank fields and languages left out, so that
 * clearing a field removes its translation (an empty object clears them all). Anything that is
 * not an object passes through for the schema to refuse.
 */
export function pruneTranslations(value: unknown): unknown {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return value;
  const out: Record<string, Record<string, unknown>> = {};
  for (const [locale, fields] of Object.entries(value as Record<string, unknown>)) {
    if (fields === null || typeof fields !== "object") {
      out[locale] = fields as Record<string, unknown>;
      continue;
    }
    const kept: Record<string, unknown> = {};
    for (const [field, text] of Object.entries(fields as Record<string, unknown>)) {
      if (field === "scaleLabels" && text !== null && typeof text === "object") {
        const labels = Object.fromEntries(Object.entries(text as Record<string, unknown>).filter(([, v]) => !blank(v)));
        if (Object.keys(labels).length > 0) kept.scaleLabels = labels;
      } else if (!blank(text)) kept[field] = text;
    }
    if (Object.keys(kept).length > 0) out[locale] = kept;
  }
  return out;
}

/** Drops translated scale labels for points the scale no longer labels (a label removed in the same form). */
export function keepLabelledPoints<T extends AnyTranslations>(translations: T | undefined, labelled: ReadonlyArray<{ value: number }>): T | undefined {
  if (!translations) return translations;
  const points = new Set(labelled.map((l) => String(l.value)));
  return Object.fromEntries(
    Object.entries(translations).map(([locale, fields]) => {
      const scaleLabels = (fields as { scaleLabels?: Record<string, string> }).scaleLabels;
      if (!scaleLabels) return [locale, fields];
      const kept = Object.fromEntries(Object.entries(scaleLabels).filter(([point]) => points.has(point)));
      const { scaleLabels: _dropped, ...rest } = fields as Record<string, unknown>;
      return [locale, Object.keys(kept).length > 0 ? { ...rest, scaleLabels: kept } : rest];
    }),
  ) as T;
}
