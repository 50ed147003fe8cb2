import { useTranslations } from "next-intl";

type Place = { revision?: number; lineStart: number; lineEnd: number };

/**
 * "revision 2, lines 10–12" in the page's language and digits (lib/citations/citation-href's
 * citationPlace says it in English for the history): the lines alone for a source with one text.
 */
export function useCitationPlace(): (citation: Place) => string {
  const t = useTranslations("evidence");
  return (c) => {
    const lines = c.lineEnd > c.lineStart ? t("lineRange", { start: c.lineStart, end: c.lineEnd }) : t("line", { start: c.lineStart });
    return c.revision !== undefined && c.revision > 1 ? t("revisionLines", { revision: c.revision, lines }) : lines;
  };
}
