import { diffWords } from "diff";
import { citationPlace } from "../citations/citation-href";
import type { Citation } from "../domain/citation";

type Change = "same" | "added" | "removed";
/** How one recorded change reads: a word diff, a list diff (citations), a plain before → after, or a whole record. */
type ChangeDiff =
  | { kind: "text"; parts: Array<{ text: string; change: Change }> }
  | { kind: "list"; items: Array<{ text: string; change: Change }> }
  | { kind: "value"; before: string; after: string }
  | { kind: "record"; summary: string };

// Lenient on purpose: a stored change is shown as it was, even if today's rules would refuse it.
const isCitationList = (v: unknown): v is Citation[] =>
  Array.isArray(v) && v.every((c) => typeof c === "object" && c !== null && "document" in c && "lineStart" in c && "lineEnd" in c && "quote" in c);

export function showValue(value: unknown): string {
  if (value === null || value === undefined) return "—";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "string" || typeof value === "number") return String(value);
  return JSON.stringify(value);
}

function describeRecord(entity: string, action: string, snapshot: unknown): string {
  const record = (snapshot ?? {}) as {
    name?: unknown;
    title?: unknown;
    participants?: unknown[];
    assessments?: unknown[];
    role?: unknown;
    counts?: Record<string, number>;
    revision?: unknown;
    lineCount?: unknown;
  };
  if (entity === "source" && typeof record.revision === "number")
    return `${action === "revise" ? `Added revision ${record.revision} of` : "Added the source"} “${showValue(record.title)}” (${showValue(record.lineCount)} lines)`;
  if (entity === "framework" && Array.isArray(record.participants) && Array.isArray(record.assessments))
    return `${action === "delete" ? "Deleted" : action === "restore" ? "Restored" : "Created"} “${showValue(record.name)}” with ${record.participants.length} roles and ${record.assessments.length} assessments`;
  if (entity === "participant" && typeof record.role === "string") return `${action === "delete" ? "Removed" : "Set"} the role “${record.role}”`;
  if (entity === "dataset" && action === "import") {
    const counts = Object.entries((snapshot ?? {}) as Record<string, { added?: number; changed?: number; removed?: number }>)
      .map(
        ([kind, c]) =>
          [kind, [c.added && `${c.added} added`, c.changed && `${c.changed} changed`, c.removed && `${c.removed} removed`].filter(Boolean).join(", ")] as const,
      )
      .filter(([, text]) => text);
    return counts.length ? `Imported: ${counts.map(([kind, text]) => `${kind} ${text}`).join("; ")}` : "Imported: no change";
  }
  const title = typeof record.name === "string" ? record.name : typeof record.title === "string" ? record.title : null;
  if (title) return `${action === "create" ? "Created" : action === "delete" ? "Deleted" : "Changed"} “${title}”`;
  return `${action} of the whole ${entity}`;
}

/** The change an audit row records, shaped for reading: what was removed and what was added. */
export function changeDiff(entry: { entity: string; action: string; field: string | null; before: unknown; after: unknown }): ChangeDiff {
  if (entry.field === null) {
    // A source's revision row records the revision before and the one added: it reads as the one added.
    const snapshot = entry.entity === "source" ? (entry.after ?? entry.before) : (entry.before ?? entry.after);
    return { kind: "record", summary: describeRecord(entry.entity, entry.action, snapshot) };
  }
  const { before, after } = entry;
  if (typeof before === "string" && typeof after === "string")
    return { kind: "text", parts: diffWords(before, after).map((p) => ({ text: p.value, change: p.added ? "added" : p.removed ? "removed" : "same" })) };
  const [beforeList, afterList] = [before ?? [], after ?? []];
  if ((Array.isArray(before) || Array.isArray(after)) && isCitationList(beforeList) && isCitationList(afterList)) {
    const text = (c: Citation) => `${c.document}, ${citationPlace(c)}: “${c.quote}”`;
    const kept = new Set(afterList.map(text));
    const had = new Set(beforeList.map(text));
    return {
      kind: "list",
      items: [
        ...beforeList.map((c) => ({ text: text(c), change: (kept.has(text(c)) ? "same" : "removed") as Change })),
        ...afterList.filter((c) => !had.has(text(c))).map((c) => ({ text: text(c), change: "added" as Change })),
      ],
    };
  }
  return { kind: "value", before: showValue(before), after: showValue(after) };
}
