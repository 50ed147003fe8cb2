import { type Judgement, judgementParts } from "@/lib/pairwise/saaty-judgement";

/** The `pairwise` messages' translator, as next-intl's useTranslations and use-intl's createTranslator give it. */
type Translate = (key: string, values?: Record<string, string | number>) => string;

/**
 * "Security is strongly more important than Economy (5)", or "… are equally important (1)", in
 * the messages' language: Saaty's words for intensities 1-9 (The Analytic Hierarchy Process,
 * 1980, Table 3.1), the even ones between their neighbours, as `pairwise.intensity.<n>`.
 */
export function judgementWords(t: Translate, k: Judgement, a: string, b: string): string {
  const parts = judgementParts(k, a, b);
  if ("equal" in parts) return t("equal", { a, b, intensity: 1 });
  return t("judgement", { more: parts.more, less: parts.less, words: t(`intensity.${parts.intensity}`), intensity: parts.intensity });
}
