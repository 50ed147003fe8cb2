import type { AnyTranslations } from "../domain/translations";
import { Prisma } from "./generated/prisma/client";

/**
 * A `translations` column as written: undefined leaves it as it is, none (absent or {}) stores
 * NULL, anything else its JSON.
 */
export function translationsColumn(t: AnyTranslations | undefined): Prisma.InputJsonValue | typeof Prisma.DbNull | undefined {
  if (t === undefined) return undefined;
  return Object.keys(t).length ? (JSON.parse(JSON.stringify(t)) as Prisma.InputJsonValue) : Prisma.DbNull;
}

/** What a write leaves stored: the translations it sends, or, when it sends none, those stored before it (so a form that knows nothing of them keeps them). */
export function translationsAfterWrite<T extends AnyTranslations>(sent: T | undefined, before: { translations?: T } | null): T {
  return sent ?? before?.translations ?? ({} as T);
}

/** A stored `translations` column as the domain reads it: {} when there are none. */
export function readTranslations<T>(stored: unknown): { translations: T } {
  return { translations: (stored && typeof stored === "object" ? stored : {}) as T };
}
