/**
 * What a message that cannot be shown becomes. A missing key renders as a marker the browser
 * tests look for; outside production it also throws, so a page that asks for a key no file has
 * fails where it is written.
 */

export const MISSING_MESSAGE_MARKER = "⟦missing";

type IntlErrorLike = { code: string; message: string };

export function missingMessageMarker({ namespace, key }: { namespace?: string; key: string }): string {
  return `${MISSING_MESSAGE_MARKER}: ${namespace ? `${namespace}.` : ""}${key}⟧`;
}

export function reportIntlError(error: IntlErrorLike): void {
  // A formatter that falls back for want of a time zone or "now" is not a defect in a message.
  if (error.code === "ENVIRONMENT_FALLBACK") return;
  if (process.env.NODE_ENV !== "production") throw error;
  console.error(`[i18n] ${error.code}: ${error.message}`);
}
