import { TRANSLATED_LOCALES } from "../domain/translations";

/**
 * One text of one language that a change of a record's `translations` changed: a field (a name,
 * a summary) or an entry of a keyed field (`key`: a criterion's scale label by its point). Null:
 * none on that side (added or removed).
 */
export type TranslationChange = { locale: string; field: string; key?: string; before: string | null; after: string | null };

type Texts = Map<string, Omit<TranslationChange, "before" | "after"> & { text: string }>;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** Every text of a stored `translations` value by a key of its own; null when it is not one (a language that is not an object). */
function textsOf(value: unknown): Texts | null {
  const texts: Texts = new Map();
  if (value === null || value === undefined) return texts;
  if (!isRecord(value)) return null;
  for (const [locale, fields] of Object.entries(value)) {
    if (!isRecord(fields)) return null;
    for (const [field, v] of Object.entries(fields)) {
      if (isRecord(v)) for (const [key, text] of Object.entries(v)) texts.set(JSON.stringify([locale, field, key]), { locale, field, key, text: String(text) });
      else texts.set(JSON.stringify([locale, field]), { locale, field, text: typeof v === "string" ? v : JSON.stringify(v) });
    }
  }
  return texts;
}

const localeOrder = (locale: string) => {
  const i = (TRANSLATED_LOCALES as readonly string[]).indexOf(locale);
  return i === -1 ? TRANSLATED_LOCALES.length : i;
};

/**
 * What a change of `translations` did, language by language and field by field, in the order
 * of the interface's languages (each language's fields as stored); null when either side is not
 * translations as the app stores them (shown whole, as any other value). The audit row keeps the
 * whole value: this is only how it reads.
 */
export function translationChanges(before: unknown, after: unknown): TranslationChange[] | null {
  const [had, has] = [textsOf(before), textsOf(after)];
  if (!had || !has) return null;
  const changes: TranslationChange[] = [];
  for (const [id, entry] of new Map([...had, ...has])) {
    const [was, is] = [had.get(id)?.text ?? null, has.get(id)?.text ?? null];
    if (was === is) continue;
    const { text: _text, ...where } = entry;
    changes.push({ ...where, before: was, after: is });
  }
  // A stable sort: within a language, the fields keep the order they are stored in.
  return changes.sort((a, b) => localeOrder(a.locale) - localeOrder(b.locale));
}
