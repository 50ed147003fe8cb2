"use client";

import Link from "@/components/i18n/link";
import { useLocale, useTranslations } from "next-intl";
import { type ReactNode, useState } from "react";
import type { ApiIssue } from "@/components/edit/coded-error";
import { csrfHeaders } from "@/components/edit/send-with-csrf";
import { IssuesError } from "@/components/edit/field-error";
import { useRefusalText } from "@/components/edit/use-issue-text";
import { formatIssues } from "@/lib/domain/format-issues";
import { chooseFileMessage, sourceRevisionFieldsSchema, sourceUploadFieldsSchema, type SourcePreview, type SourceSaved } from "@/lib/domain/source-upload";
import { issueCode } from "@/lib/domain/issue-codes";
import { textDirection } from "@/lib/i18n/text-direction";

type Props = {
  /** Set to add a revision of this source instead of a new source. */
  revise?: { slug: string; title: string; next: number; language: string };
};

/** At most this many lines of a preview are drawn; the count says how many there are. */
const PREVIEW_LINES = 400;
/** The API's limit on an uploaded file (lib/server/sources/read-source-upload.ts), for the label. */
const MAX_UPLOAD_MB = 20;

/** The source's details, each labelled from `sourceUpload.fields.<name>`. */
const FIELDS = [
  { name: "title", required: true },
  { name: "author", required: true },
  { name: "year", required: true },
  { name: "publisher", required: false },
  { name: "url", required: false },
  { name: "language", required: true },
  { name: "slug", required: false },
] as const;

/**
 * Add a source (or a corrected revision of one): upload a .txt, .md or PDF file with its
 * details, preview the numbered lines as they would be stored, then save. The fields are checked
 * by the API's own zod schema before they are sent; the server's answers show beside them, each
 * in the page's language (`errors.<code>`).
 */
export function SourceUploadForm({ revise }: Props) {
  const t = useTranslations("sourceUpload");
  const tEditor = useTranslations("editor.save");
  const refusal = useRefusalText();
  // Line numbers in the page's digits, as the source viewer writes them.
  const lineNumber = new Intl.NumberFormat(useLocale(), { useGrouping: false });
  const [file, setFile] = useState<File | null>(null);
  const [values, setValues] = useState<Record<string, string>>({ language: "en" });
  const [issues, setIssues] = useState<ApiIssue[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [preview, setPreview] = useState<SourcePreview | null>(null);
  const [saved, setSaved] = useState<SourceSaved | null>(null);
  const [busy, setBusy] = useState(false);

  const change = (name: string, value: string) => {
    setValues((v) => ({ ...v, [name]: value }));
    setPreview(null);
  };

  const send = async (mode: "preview" | "save") => {
    const fields = revise
      ? { mode, reason: values.reason ?? "" }
      : { mode, ...Object.fromEntries(FIELDS.map((f) => [f.name, values[f.name] ?? ""])), reason: values.reason ?? "" };
    const checked = (revise ? sourceRevisionFieldsSchema : sourceUploadFieldsSchema).safeParse(fields);
    const problems: ApiIssue[] = checked.success ? [] : formatIssues(checked.error.issues, fields);
    if (!file) problems.push({ path: "file", message: chooseFileMessage, ...issueCode({ message: chooseFileMessage }) });
    setIssues(problems);
    setError(problems.length ? t("needsAttention") : null);
    if (problems.length || !file) return;
    setBusy(true);
    const form = new FormData();
    form.set("file", file);
    for (const [k, v] of Object.entries(fields)) if (typeof v === "string" && v.trim() !== "") form.set(k, v.trim());
    try {
      const response = await fetch(revise ? `/api/sources/${revise.slug}/revisions` : "/api/sources", {
        method: "POST",
        body: form,
        headers: await csrfHeaders(),
      });
      const body = await response.json();
      if (!response.ok) {
        setError(refusal(response.status, body));
        setIssues(body.issues ?? []);
      } else if (mode === "preview") setPreview(body as SourcePreview);
      else setSaved(body as SourceSaved);
    } catch (e) {
      setError(t("uploadFailed", { message: (e as Error).message }));
    } finally {
      setBusy(false);
    }
  };

  const fieldError = (name: string) => <IssuesError id={`${name}-error`} issues={issues.filter((i) => i.path === name)} />;
  const code = (c: ReactNode) => <code>{c}</code>;

  if (saved)
    return (
      <div className="panel" role="status">
        <p>
          {t.rich("saved", {
            revision: saved.revision,
            slug: saved.slug,
            lines: saved.lineCount,
            strong: (c) => (
              <strong>
                <bdi>{c}</bdi>
              </strong>
            ),
            sha: `${saved.sha256.slice(0, 16)}…`,
            code,
          })}
        </p>
        <p>
          <Link href={`/sources/${saved.slug}`}>{t("open")}</Link> · <Link href="/sources">{t("every")}</Link>
        </p>
      </div>
    );

  return (
    <form
      className="panel edit-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void send("preview");
      }}
    >
      <div className="field">
        <label htmlFor="source-file">{t("file", { size: MAX_UPLOAD_MB })}</label>
        <input
          id="source-file"
          type="file"
          accept=".txt,.md,.markdown,.pdf,text/plain,text/markdown,application/pdf"
          aria-describedby="file-error"
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null);
            setPreview(null);
          }}
        />
        {fieldError("file")}
      </div>
      {!revise &&
        FIELDS.map((f) => (
          <div key={f.name} className="field">
            <label htmlFor={`source-${f.name}`}>{t(`fields.${f.name}`)}</label>
            <input
              id={`source-${f.name}`}
              type="text"
              inputMode={f.name === "year" ? "numeric" : undefined}
              // What is typed here is Latin (a tag, an address, a slug, a year): it reads left to right on any page.
              dir={f.name === "title" || f.name === "author" || f.name === "publisher" ? "auto" : "ltr"}
              required={f.required}
              value={values[f.name] ?? ""}
              aria-describedby={`${f.name}-error`}
              onChange={(e) => change(f.name, e.target.value)}
            />
            {fieldError(f.name)}
          </div>
        ))}
      <div className="field">
        <label htmlFor="source-reason">{tEditor("reason")}</label>
        <input
          id="source-reason"
          type="text"
          dir="auto"
          value={values.reason ?? ""}
          aria-describedby="reason-error"
          onChange={(e) => change("reason", e.target.value)}
        />
        {fieldError("reason")}
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" disabled={busy}>
        {t("preview")}
      </button>
      {preview && (
        <section aria-labelledby="preview-heading">
          <h2 id="preview-heading">
            {revise
              ? t.rich("previewRevision", { revision: preview.revision, title: revise.title, lines: preview.lineCount, bdi: (c) => <bdi>{c}</bdi> })
              : t.rich("previewSource", { slug: preview.slug, lines: preview.lineCount, bdi: (c) => <bdi>{c}</bdi> })}
          </h2>
          <p className="small">{t.rich("nothingSaved", { sha: `${preview.sha256.slice(0, 16)}…`, code })}</p>
          <div className="source-text source-text--preview" dir={textDirection(revise?.language ?? (values.language || "en"))}>
            {preview.lines.slice(0, PREVIEW_LINES).map((l) => (
              <div key={l.number} className="source-line">
                <span className="source-line__number">{lineNumber.format(l.number)}</span>
                <span className="source-line__text">{l.text || "\u00a0"}</span>
              </div>
            ))}
          </div>
          {preview.lineCount > PREVIEW_LINES && <p className="small muted">{t("firstLines", { shown: PREVIEW_LINES, lines: preview.lineCount })}</p>}
          <button type="button" disabled={busy} onClick={() => void send("save")}>
            {revise ? t("saveRevision", { revision: preview.revision }) : t("saveSource")}
          </button>
        </section>
      )}
    </form>
  );
}
