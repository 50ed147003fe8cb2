import { createHash } from "node:crypto";
import { splitLines } from "./verify-citation";

/** SHA-256 of a text's UTF-8 bytes, in lower-case hex: a source revision's fingerprint. */
export const sha256Hex = (text: string | Uint8Array) => createHash("sha256").update(text).digest("hex");

/** What a revision stores beside its text: its fingerprint and the number of lines citations count. */
export function describeText(text: string): { sha256: string; lineCount: number } {
  return { sha256: sha256Hex(text), lineCount: splitLines(text).length };
}
