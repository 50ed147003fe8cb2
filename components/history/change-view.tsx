import { changeDiff } from "@/lib/audit/change-diff";
import type { HistoryEntry } from "@/lib/domain/history-entry";

/** One recorded change as a diff: struck-through removals, underlined additions, each also named for screen readers. */
export function ChangeView({ entry }: { entry: HistoryEntry }) {
  const diff = changeDiff(entry);
  switch (diff.kind) {
    case "record":
      return <span>{diff.summary}</span>;
    case "value":
      return (
        <span>
          <del aria-label={`before: ${diff.before}`}>{diff.before}</del> → <ins aria-label={`after: ${diff.after}`}>{diff.after}</ins>
        </span>
      );
    case "text":
      return (
        <span className="diff-text">
          {diff.parts.map((p, i) =>
            p.change === "added" ? <ins key={i}>{p.text}</ins> : p.change === "removed" ? <del key={i}>{p.text}</del> : <span key={i}>{p.text}</span>,
          )}
        </span>
      );
    case "list":
      return (
        <ul className="diff-list">
          {diff.items.map((item, i) => (
            <li key={i} className={`diff-list__${item.change}`}>
              {item.change === "added" ? <ins>{item.text}</ins> : item.change === "removed" ? <del>{item.text}</del> : item.text}
            </li>
          ))}
        </ul>
      );
  }
}
