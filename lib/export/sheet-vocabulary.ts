import { systemRationale } from "../domain/system-rationale";
import type { AnyTranslations } from "../domain/translations";
import { localiseActor, localiseCategory, localiseCriterion, localiseFramework, localisePreset } from "../i18n/localise-vocabulary";
import type { SheetWords } from "./sheet-words";

type Named = { name: string; translations?: AnyTranslations };
type Vocabulary<F, C, K, A> = { frameworks: readonly F[]; criteria: readonly C[]; categories: readonly K[]; actors: readonly A[] };

/**
 * The names a sheet prints in its language (lib/i18n/localise-vocabulary): each entity keeps
 * everything else, only its names change; a name without a translation stays English and is
 * marked ("HOPE (EN)", isolated in a right-to-left language so that its brackets stay put), so
 * a reader sees what is not yet translated. English: as they are.
 */
export function sheetVocabulary<
  F extends Named & { shortName: string },
  C extends Named & { description: string; scale: { labels: ReadonlyArray<{ value: number; label: string }> } },
  K extends Named & { description: string },
  A extends Named,
>(input: Vocabulary<F, C, K, A>, words: SheetWords): Vocabulary<F, C, K, A> {
  const { locale } = words;
  if (locale === "en") return input;
  const marked = markedIn(words);
  return {
    frameworks: input.frameworks.map((f) => {
      const l = localiseFramework(f, locale);
      return { ...f, name: marked(l, "name"), shortName: marked(l, "shortName") };
    }),
    criteria: input.criteria.map((c) => ({ ...c, name: marked(localiseCriterion(c, locale), "name") })),
    categories: input.categories.map((c) => ({ ...c, name: marked(localiseCategory(c, locale), "name") })),
    actors: input.actors.map((a) => ({ ...a, name: marked(localiseActor(a, locale), "name") })),
  };
}

/** A localised field as a sheet prints it: marked "(EN)" (isolated) where it is still English. */
const markedIn =
  (words: SheetWords) =>
  (localised: { untranslated?: readonly string[] } & Record<string, unknown>, field: string): string =>
    localised.untranslated?.includes(field) ? words.isolate(words.t("untranslated", { name: String(localised[field]) })) : String(localised[field]);

/** A stakeholder preset's title in the sheet's language, marked where it has no translation; no preset: the equal weights. */
export function sheetPresetTitle(preset: { title: string; rationale: string; translations?: AnyTranslations } | undefined, words: SheetWords): string {
  return preset ? markedIn(words)(localisePreset(preset, words.locale), "title") : words.t("equalWeights");
}

/** A stored rationale as a sheet prints it: an editor's as written, the system's placeholder (lib/domain/system-rationale) in the sheet's language. */
export function sheetRationale(rationale: string, words: SheetWords): string {
  const system = systemRationale(rationale);
  return system ? words.shared(`evidence.${system}`, rationale) : rationale;
}
