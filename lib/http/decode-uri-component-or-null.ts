/** decodeURIComponent, or null where the input is not valid percent-encoded UTF-8 (where decodeURIComponent throws). */
export function decodeURIComponentOrNull(encoded: string): string | null {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return null;
  }
}
