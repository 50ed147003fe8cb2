import { createTranslator } from "use-intl/core";
import ar from "../../messages/ar.json";
import en from "../../messages/en.json";
import fa from "../../messages/fa.json";
import ru from "../../messages/ru.json";
import { rankingProblemText } from "../compare/build-comparison";
import { datePrecision } from "../domain/dates";
import type { Messages } from "../i18n/load-messages";
import { directionOf, formattingLocale, LOCALES, type Locale } from "../i18n/locales";
import type { ParamNotice } from "../url-state/param-notice";
import { isolate } from "./pdf/line-layout";

/**
 * The words of a comparison sheet (CSV, Excel, PDF) in one interface language: the `exportSheet`
 * messages (messages/<locale>.json), whose English is what the sheets always printed. Numbers
 * inside a message take Latin digits in every language, as the sheets' own numbers do: a sheet
 * is read beside its spreadsheet twin and imported back.
 */
export type SheetWords = {
  locale: Locale;
  direction: "ltr" | "rtl";
  /** A message of the `exportSheet` namespace by its dotted key. */
  t: (key: string, values?: Record<string, string | number>) => string;
  /** A message the interface shares with the sheets (a method's or a missing-value policy's label), by its full key; `english` where there is none. */
  shared: (key: string, english: string, values?: Record<string, string | number>) => string;
  /** A name (English data) inside a right-to-left sheet's text kept in its own direction (an isolate); left-to-right sheets: as it is. */
  isolate: (text: string) => string;
  /** A list of items joined as the language joins them ("; ", Arabic "؛ "). */
  list: (items: readonly string[]) => string;
  /** A date as exact as it is ("23 July 2019", "July 2019", "2019", "the 1990s"), "date not stated" for none. */
  date: (date: string | null) => string;
  /** Why a setting of the view's link was ignored, from the interface's `paramNotices` messages; what the link holds is quoted as typed (isolated in a right-to-left sheet). */
  notice: (notice: ParamNotice) => string;
};

const MESSAGES: Record<Locale, Messages> = { en, ar, fa, ru };
const cache = new Map<Locale, SheetWords>();

export function sheetWords(locale: Locale = "en"): SheetWords {
  let words = cache.get(locale);
  if (!words) {
    words = makeWords(locale);
    cache.set(locale, words);
  }
  return words;
}

function makeWords(locale: Locale): SheetWords {
  const formatting = formattingLocale(locale, "latn");
  type Values = Record<string, string | number>;
  const translate = createTranslator({ locale: formatting, messages: MESSAGES[locale] }) as unknown as ((key: string, values?: Values) => string) & {
    has: (key: string) => boolean;
    markup: (key: string, values: Record<string, string | number | ((chunks: string) => string)>) => string;
  };
  const t = (key: string, values?: Values) => translate(`exportSheet.${key}`, values);
  const shared = (key: string, english: string, values?: Values) => (translate.has(key) ? translate(key, values) : english);
  const separator = t("separator");
  // English dates as the sheets always wrote them (day month year); the others in the language, Latin digits, Gregorian calendar.
  const dayMonthYear = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : formatting, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  const monthYear = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : formatting, { month: "long", year: "numeric", timeZone: "UTC" });
  const date = (value: string | null) => {
    if (!value) return t("row.dateNotStated");
    const precision = datePrecision(value);
    if (precision === "decade") return t("row.decade", { decade: value.slice(0, -1) });
    const [year, month, day] = value.split("-").map(Number);
    if (precision === "day") return dayMonthYear.format(Date.UTC(year!, month! - 1, day));
    if (precision === "month") return monthYear.format(Date.UTC(year!, month! - 1));
    return String(year);
  };
  const direction = directionOf(locale);
  const isolateIn = direction === "rtl" ? isolate : (text: string) => text;
  // The messages mark the link's own text: <code> a parameter's name or codes, <typed> what the link holds.
  const notice = ({ code, params }: ParamNotice) => translate.markup(`paramNotices.${code}`, { ...params, code: isolateIn, typed: isolateIn });
  return { locale, direction, t, shared, isolate: isolateIn, list: (items) => items.join(separator), date, notice };
}

/**
 * A label as every language writes it, for reading a sheet back: an import recognises a column
 * header or a settings row whatever the language the sheet was exported in.
 */
export function inEveryLanguage(key: string): ReadonlySet<string> {
  return new Set(LOCALES.map((locale) => sheetWords(locale).t(key)));
}

/** Why a sheet has no ranking, in its language, from the interface's words (`ranking.problems.<code>`). */
export function problemText(words: SheetWords, model: Parameters<typeof rankingProblemText>[0]): string | null {
  return rankingProblemText(model, (key, params) => words.shared(key, model.problem ?? "", params));
}
