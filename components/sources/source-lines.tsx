import { LineHighlighter, type PickTarget } from "./line-highlighter";

/**
 * The numbered text of a source, rendered on the server; each line has the id its citations
 * link to (#L862). The small client LineHighlighter marks the lines named in the URL hash.
 */
export function SourceLines({ lines, pick }: { lines: string[]; pick?: PickTarget }) {
  return (
    <>
      <LineHighlighter lineCount={lines.length} pick={pick} />
      <div className="source-text">
        {lines.map((text, i) => (
          <div key={i} id={`L${i + 1}`} className="source-line">
            <a className="source-line__number" href={`#L${i + 1}`} aria-label={`Line ${i + 1}`}>
              {i + 1}
            </a>
            <span className="source-line__text">{text || "\u00a0"}</span>
          </div>
        ))}
      </div>
    </>
  );
}
