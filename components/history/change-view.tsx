import { useTranslations } from "next-intl";
import { useIsolate } from "@/components/i18n/use-isolate";
import { useLanguage } from "@/components/i18n/use-language";
import { useNumberFormat } from "@/components/i18n/use-number-format";
import { changeDiff, type RecordSummary } from "@/lib/audit/change-diff";
import type { HistoryEntry } from "@/lib/domain/history-entry";
import { directionOf } from "@/lib/i18n/locales";
import { useAuditWords } from "./use-audit-words";

/** One recorded change as a diff: struck-through removals, underlined additions, each also named for screen readers. The values are shown as stored. */
export function ChangeView({ entry }: { entry: HistoryEntry }) {
  const diff = changeDiff(entry);
  switch (diff.kind) {
    case "record":
      return (
        <span>
          <RecordChange record={diff.record} />
        </span>
      );
    case "value":
      return <BeforeAfter before={diff.before} after={diff.after} />;
    case "text":
      return <WordDiff parts={diff.parts} />;
    case "translations":
      return <TranslationChanges changes={diff.changes} />;
    case "list":
      return (
        <ul className="diff-list">
          {diff.items.map((item, i) => (
            <li key={i} className={`diff-list__${item.change}`} dir="auto">
              {item.change === "added" ? <ins>{item.text}</ins> : item.change === "removed" ? <del>{item.text}</del> : item.text}
            </li>
          ))}
        </ul>
      );
  }
}

type Diff = ReturnType<typeof changeDiff>;

/**
 * A value before and after, each isolated (a value is stored text, in any direction); `lang`
 * where it is known. The arrow points from the one to the other as the line runs (no arrow is
 * mirrored by the bidi algorithm).
 */
function BeforeAfter({ before, after, lang }: { before: string; after: string; lang?: string }) {
  const t = useTranslations("history");
  const isolate = useIsolate();
  const arrow = directionOf(useLanguage()) === "rtl" ? "←" : "→";
  return (
    <span>
      <del aria-label={t("before", { value: isolate(before) })}>
        <bdi lang={lang}>{before}</bdi>
      </del>{" "}
      {arrow}{" "}
      <ins aria-label={t("after", { value: isolate(after) })}>
        <bdi lang={lang}>{after}</bdi>
      </ins>
    </span>
  );
}

/** A text's changed words struck through and underlined, in the text's own direction. */
function WordDiff({ parts, lang }: { parts: Extract<Diff, { kind: "text" }>["parts"]; lang?: string }) {
  return (
    <span className="diff-text" dir="auto" lang={lang}>
      {parts.map((p, i) =>
        p.change === "added" ? <ins key={i}>{p.text}</ins> : p.change === "removed" ? <del key={i}>{p.text}</del> : <span key={i}>{p.text}</span>,
      )}
    </span>
  );
}

/** A change of a record's translations, one line per language and field ("Arabic · name: X → Y"), in the page's language. */
function TranslationChanges({ changes }: { changes: Extract<Diff, { kind: "translations" }>["changes"] }) {
  const t = useTranslations("history");
  const languages = useTranslations("editor.languages");
  const words = useAuditWords();
  const fieldName = (c: (typeof changes)[number]) =>
    c.field === "scaleLabels" && c.key !== undefined && Number.isFinite(Number(c.key))
      ? t("scaleLabel", { point: Number(c.key) })
      : c.key === undefined
        ? words.field(c.field)
        : `${words.field(c.field)} ${c.key}`;
  return (
    <ul className="diff-list diff-translations">
      {changes.map((c) => (
        <li key={`${c.locale} ${c.field} ${c.key ?? ""}`}>
          {t("translationField", { language: languages.has(c.locale) ? languages(c.locale as "ar") : c.locale, field: fieldName(c) })}{" "}
          {c.parts ? <WordDiff parts={c.parts} lang={c.locale} /> : <BeforeAfter before={c.before ?? "—"} after={c.after ?? "—"} lang={c.locale} />}
        </li>
      ))}
    </ul>
  );
}

/** A whole record created, deleted, restored or imported, said from the messages; its names as stored. */
function RecordChange({ record: r }: { record: RecordSummary }) {
  const t = useTranslations("history.record");
  const roles = useTranslations("roles");
  const words = useAuditWords();
  const { fixed } = useNumberFormat();
  const name = (c: React.ReactNode) => <bdi>{c}</bdi>;
  switch (r.what) {
    case "source": {
      const lines = typeof r.lines === "number" ? fixed(r.lines, 0) : r.lines;
      return r.revision === null
        ? t.rich("sourceAdded", { title: r.title, lines, name })
        : t.rich("sourceRevised", { revision: r.revision, title: r.title, lines, name });
    }
    case "framework":
      return t.rich("framework", { action: r.action, name: r.name, roles: r.roles, assessments: r.assessments, bdi: name });
    case "role":
      return t.rich("role", { removed: String(r.removed), role: roles.has(r.role) ? roles(r.role as "leader") : r.role, name });
    case "import":
      if (r.counts.length === 0) return t("importNone");
      return t("import", {
        counts: r.counts
          .map((c) =>
            t("importKind", {
              kind: words.kind(c.kind),
              parts: [
                c.added && t("added", { count: c.added }),
                c.changed && t("changed", { count: c.changed }),
                c.removed && t("removed", { count: c.removed }),
              ]
                .filter(Boolean)
                .join(t("partSeparator")),
            }),
          )
          .join(t("kindSeparator")),
      });
    case "titled":
      return t.rich("titled", { action: r.action, title: r.title, name });
    case "whole":
      return t("whole", { action: words.action(r.action), entity: words.entity(r.entity) });
  }
}
