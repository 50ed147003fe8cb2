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

/** Namespaces only the server reads (the sheets' words, lib/export/sheet-words.ts): a page does not send them to the browser. */
export const SERVER_ONLY_NAMESPACES = ["exportSheet"] as const;

/** The messages a page hands to its client components: all but the server's own. */
export function clientMessages<M extends Messages>(messages: M): M {
  const kept = { ...messages };
  for (const namespace of SERVER_ONLY_NAMESPACES) delete kept[namespace];
  return kept;
}
