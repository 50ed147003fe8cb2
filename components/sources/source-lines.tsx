import { useLocale, useTranslations } from "next-intl";
import { textDirection } from "@/lib/i18n/text-direction";
import { LineHighlighter, type PickTarget } from "./line-highlighter";

type Props = {
  lines: string[];
  /** The source's language (a tag: en, ru, ar…): its text keeps its own script and direction on a page in any language. */
  language: string;
  pick?: PickTarget;
};

/**
 * The numbered text of a source, rendered on the server; each line has the id its citations
 * link to (#L862). The small client LineHighlighter marks the lines named in the URL hash.
 * Line numbers are in the page's digits, as the citations that link to them are.
 */
export function SourceLines({ lines, language, pick }: Props) {
  const t = useTranslations("sources.viewer");
  // One formatter for the thousands of lines (next-intl's locale names the page's digits too).
  const number = new Intl.NumberFormat(useLocale(), { useGrouping: false });
  return (
    <>
      <LineHighlighter lineCount={lines.length} pick={pick} />
      <div className="source-text" dir={textDirection(language)}>
        {lines.map((text, i) => (
          <div key={i} id={`L${i + 1}`} className="source-line">
            <a className="source-line__number" href={`#L${i + 1}`} aria-label={t("line", { n: i + 1 })}>
              {number.format(i + 1)}
            </a>
            <span className="source-line__text" lang={language}>
              {text || "\u00a0"}
            </span>
          </div>
        ))}
      </div>
    </>
  );
}
