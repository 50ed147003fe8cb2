import type { Locale } from "./locales";

/** A language's interface messages (messages/<locale>.json), loaded only when asked for. */
const LOADERS: Record<Locale, () => Promise<{ default: Messages }>> = {
  en: () => import("../../messages/en.json"),
  ar: () => import("../../messages/ar.json"),
  fa: () => import("../../messages/fa.json"),
  ru: () => import("../../messages/ru.json"),
};

export type Messages = { [key: string]: string | Messages };

export async function loadMessages(locale: Locale): Promise<Messages> {
  return (await LOADERS[locale]()).default;
}
