import { diffWords } from "diff";
import { citationPlace } from "../citations/citation-href";
import type { Citation } from "../domain/citation";
import { TRANSLATED_LOCALES } from "../domain/translations";
import { translationChanges, type TranslationChange } from "./translation-diff";

type Change = "same" | "added" | "removed";
type WordPart = { text: string; change: Change };

/** Above this length a changed text reads best by its changed words, below it whole, before → after. */
const WHOLE_TEXT_UP_TO = 80;

/** A whole record's change, by what it was and its numbers and names: `recordInWords` says it in English, the history page from its messages. */
export type RecordSummary =
  | { what: "source"; revision: number | null; title: string; lines: number | string }
  | { what: "framework"; action: "delete" | "restore" | "create"; name: string; roles: number; assessments: number }
  | { what: "role"; removed: boolean; role: string }
  | { what: "import"; counts: Array<{ kind: string; added: number; changed: number; removed: number }> }
  | { what: "titled"; action: "create" | "delete" | "change"; title: string }
  | { what: "whole"; action: string; entity: string };

/** How one recorded change reads: a word diff, a list diff (citations), a plain before → after, each translated text (a long one by its words), or a whole record. */
type ChangeDiff =
  | { kind: "text"; parts: WordPart[] }
  | { kind: "translations"; changes: Array<TranslationChange & { parts?: WordPart[] }> }
  | { kind: "list"; items: Array<{ text: string; change: Change }> }
  | { kind: "value"; before: string; after: string }
  | { kind: "record"; record: RecordSummary };

// Lenient on purpose: a stored change is shown as it was, even if today's rules would refuse it.
const isCitationList = (v: unknown): v is Citation[] =>
  Array.isArray(v) && v.every((c) => typeof c === "object" && c !== null && "document" in c && "lineStart" in c && "lineEnd" in c && "quote" in c);

export function showValue(value: unknown): string {
  if (value === null || value === undefined) return "—";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "string" || typeof value === "number") return String(value);
  return JSON.stringify(value);
}

function summariseRecord(entity: string, action: string, snapshot: unknown): RecordSummary {
  const record = (snapshot ?? {}) as {
    name?: unknown;
    title?: unknown;
    participants?: unknown[];
    assessments?: unknown[];
    role?: unknown;
    revision?: unknown;
    lineCount?: unknown;
  };
  if (entity === "source" && typeof record.revision === "number")
    return {
      what: "source",
      revision: action === "revise" ? record.revision : null,
      title: showValue(record.title),
      lines: typeof record.lineCount === "number" ? record.lineCount : showValue(record.lineCount),
    };
  if (entity === "framework" && Array.isArray(record.participants) && Array.isArray(record.assessments))
    return {
      what: "framework",
      action: action === "delete" ? "delete" : action === "restore" ? "restore" : "create",
      name: showValue(record.name),
      roles: record.participants.length,
      assessments: record.assessments.length,
    };
  if (entity === "participant" && typeof record.role === "string") return { what: "role", removed: action === "delete", role: record.role };
  if (entity === "dataset" && action === "import") {
    const counts = Object.entries((snapshot ?? {}) as Record<string, { added?: number; changed?: number; removed?: number }>)
      .map(([kind, c]) => ({ kind, added: c.added ?? 0, changed: c.changed ?? 0, removed: c.removed ?? 0 }))
      .filter((c) => c.added || c.changed || c.removed);
    return { what: "import", counts };
  }
  const title = typeof record.name === "string" ? record.name : typeof record.title === "string" ? record.title : null;
  if (title) return { what: "titled", action: action === "create" ? "create" : action === "delete" ? "delete" : "change", title };
  return { what: "whole", action, entity };
}

/** A whole record's change in English words. */
export function recordInWords(r: RecordSummary): string {
  switch (r.what) {
    case "source":
      return `${r.revision !== null ? `Added revision ${r.revision} of` : "Added the source"} “${r.title}” (${r.lines} lines)`;
    case "framework":
      return `${r.action === "delete" ? "Deleted" : r.action === "restore" ? "Restored" : "Created"} “${r.name}” with ${r.roles} roles and ${r.assessments} assessments`;
    case "role":
      return `${r.removed ? "Removed" : "Set"} the role “${r.role}”`;
    case "import": {
      const counts = r.counts.map(
        (c) =>
          `${c.kind} ${[c.added && `${c.added} added`, c.changed && `${c.changed} changed`, c.removed && `${c.removed} removed`].filter(Boolean).join(", ")}`,
      );
      return counts.length ? `Imported: ${counts.join("; ")}` : "Imported: no change";
    }
    case "titled":
      return `${r.action === "create" ? "Created" : r.action === "delete" ? "Deleted" : "Changed"} “${r.title}”`;
    case "whole":
      return `${r.action} of the whole ${r.entity}`;
  }
}

/** The texts' changed words. Words as Intl.Segmenter finds them in the text's language: diff's own split knows only Latin letters, and cut Arabic and Russian into single letters. */
const wordParts = (before: string, after: string, locale?: string): WordPart[] =>
  diffWords(before, after, { intlSegmenter: new Intl.Segmenter(locale, { granularity: "word" }) }).map((p) => ({
    text: p.value,
    change: p.added ? "added" : p.removed ? "removed" : "same",
  }));

/** A language of the interface by its code; anything else stored (audit rows are shown as they were) none, as Intl refuses a malformed tag. */
const knownLocale = (code: string) => ((TRANSLATED_LOCALES as readonly string[]).includes(code) ? code : undefined);

/** The change an audit row records, shaped for reading: what was removed and what was added. */
export function changeDiff(entry: { entity: string; action: string; field: string | null; before: unknown; after: unknown }): ChangeDiff {
  if (entry.field === null) {
    // A source's revision row records the revision before and the one added: it reads as the one added.
    const snapshot = entry.entity === "source" ? (entry.after ?? entry.before) : (entry.before ?? entry.after);
    return { kind: "record", record: summariseRecord(entry.entity, entry.action, snapshot) };
  }
  const { before, after } = entry;
  if (typeof before === "string" && typeof after === "string") return { kind: "text", parts: wordParts(before, after) };
  const translations = entry.field === "translations" ? translationChanges(before, after) : null;
  if (translations?.length)
    return {
      kind: "translations",
      changes: translations.map((c) =>
        c.before !== null && c.after !== null && Math.max(c.before.length, c.after.length) > WHOLE_TEXT_UP_TO
          ? { ...c, parts: wordParts(c.before, c.after, knownLocale(c.locale)) }
          : c,
      ),
    };
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
