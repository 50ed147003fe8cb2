/** Languages written right to left, by their primary subtag (BCP 47). */
const RIGHT_TO_LEFT = new Set(["ar", "arc", "ckb", "dv", "fa", "he", "ku", "ps", "sd", "syr", "ug", "ur", "yi"]);

/**
 * The direction a text in this language is written in (a source's `language`: en, ru, ar,
 * fa, zh-Hant…), whatever the page's language; a script subtag decides where one is given
 * (ku-Latn, az-Arab).
 */
export function textDirection(languageTag: string): "ltr" | "rtl" {
  const [primary = "", ...rest] = languageTag.toLowerCase().split("-");
  const script = rest.find((s) => s.length === 4);
  if (script) return ["arab", "hebr", "thaa", "syrc", "nkoo", "adlm"].includes(script) ? "rtl" : "ltr";
  return RIGHT_TO_LEFT.has(primary) ? "rtl" : "ltr";
}
