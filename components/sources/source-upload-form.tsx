"use client";

import Link from "@/components/i18n/link";
import { useState } from "react";
import { csrfHeaders } from "@/components/edit/send-with-csrf";
import { formatIssues } from "@/lib/domain/format-issues";
import { sourceRevisionFieldsSchema, sourceUploadFieldsSchema, type SourcePreview, type SourceSaved } from "@/lib/domain/source-upload";

type Issue = { path: string; message: string };
type Props = {
  /** Set to add a revision of this source instead of a new source. */
  revise?: { slug: string; title: string; next: number };
};

/** At most this many lines of a preview are drawn; the count says how many there are. */
const PREVIEW_LINES = 400;

const FIELDS = [
  { name: "title", label: "Title", required: true },
  { name: "author", label: "Author (a person or an organisation)", required: true },
  { name: "year", label: "Year", required: true },
  { name: "publisher", label: "Publisher (optional)", required: false },
  { name: "url", label: "Web address of the original (optional)", required: false },
  { name: "language", label: "Language (a tag: en, ru, ar, fa...)", required: true },
  { name: "slug", label: "Slug (optional: without one it is made from the author’s name)", required: false },
] as const;

/**
 * Add a source (or a corrected revision of one): upload a .txt, .md or PDF file with its
 * details, preview the numbered lines as they would be stored, then save. The fields are checked
 * by the API's own zod schema before they are sent; the server's answers show beside them.
 */
export function SourceUploadForm({ revise }: Props) {
  const [file, setFile] = useState<File | null>(null);
  const [values, setValues] = useState<Record<string, string>>({ language: "en" });
  const [issues, setIssues] = useState<Issue[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [preview, setPreview] = useState<SourcePreview | null>(null);
  const [saved, setSaved] = useState<SourceSaved | null>(null);
  const [busy, setBusy] = useState(false);

  const issueOf = (name: string) => issues.find((i) => i.path === name)?.message;
  const change = (name: string, value: string) => {
    setValues((v) => ({ ...v, [name]: value }));
    setPreview(null);
  };

  const send = async (mode: "preview" | "save") => {
    const fields = revise
      ? { mode, reason: values.reason ?? "" }
      : { mode, ...Object.fromEntries(FIELDS.map((f) => [f.name, values[f.name] ?? ""])), reason: values.reason ?? "" };
    const checked = (revise ? sourceRevisionFieldsSchema : sourceUploadFieldsSchema).safeParse(fields);
    const problems = checked.success ? [] : formatIssues(checked.error.issues, fields);
    if (!file) problems.push({ path: "file", message: "choose a .txt, .md or .pdf file" });
    setIssues(problems);
    setError(problems.length ? "Some fields need attention." : null);
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
        setError(body.error ?? `the server answered ${response.status}`);
        setIssues(body.issues ?? []);
      } else if (mode === "preview") setPreview(body as SourcePreview);
      else setSaved(body as SourceSaved);
    } catch (e) {
      setError(`the upload failed: ${(e as Error).message}`);
    } finally {
      setBusy(false);
    }
  };

  if (saved)
    return (
      <div className="panel" role="status">
        <p>
          Saved revision {saved.revision} of <strong>{saved.slug}</strong>: {saved.lineCount} lines, SHA-256 <code>{saved.sha256.slice(0, 16)}…</code>
        </p>
        <p>
          <Link href={`/sources/${saved.slug}`}>Open the source</Link> · <Link href="/sources">Every source</Link>
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
        <label htmlFor="source-file">File: UTF-8 text (.txt), Markdown (.md) or a PDF with a text layer, at most 20 MB</label>
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
        {issueOf("file") && (
          <p id="file-error" className="field-error">
            {issueOf("file")}
          </p>
        )}
      </div>
      {!revise &&
        FIELDS.map((f) => (
          <div key={f.name} className="field">
            <label htmlFor={`source-${f.name}`}>{f.label}</label>
            <input
              id={`source-${f.name}`}
              type="text"
              inputMode={f.name === "year" ? "numeric" : undefined}
              required={f.required}
              value={values[f.name] ?? ""}
              aria-describedby={`${f.name}-error`}
              onChange={(e) => change(f.name, e.target.value)}
            />
            {issueOf(f.name) && (
              <p id={`${f.name}-error`} className="field-error">
                {issueOf(f.name)}
              </p>
            )}
          </div>
        ))}
      <div className="field">
        <label htmlFor="source-reason">Reason (recorded)</label>
        <input id="source-reason" type="text" value={values.reason ?? ""} aria-describedby="reason-error" onChange={(e) => change("reason", e.target.value)} />
        {issueOf("reason") && (
          <p id="reason-error" className="field-error">
            {issueOf("reason")}
          </p>
        )}
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" disabled={busy}>
        Preview the lines
      </button>
      {preview && (
        <section aria-labelledby="preview-heading">
          <h2 id="preview-heading">
            Preview: {revise ? `revision ${preview.revision} of ${revise.title}` : preview.slug}, {preview.lineCount} lines
          </h2>
          <p className="small">
            Nothing is saved yet. SHA-256 <code>{preview.sha256.slice(0, 16)}…</code>; citations will count these line numbers.
          </p>
          <div className="source-text source-text--preview">
            {preview.lines.slice(0, PREVIEW_LINES).map((l) => (
              <div key={l.number} className="source-line">
                <span className="source-line__number">{l.number}</span>
                <span className="source-line__text">{l.text || "\u00a0"}</span>
              </div>
            ))}
          </div>
          {preview.lineCount > PREVIEW_LINES && (
            <p className="small muted">
              The first {PREVIEW_LINES} of {preview.lineCount} lines.
            </p>
          )}
          <button type="button" disabled={busy} onClick={() => void send("save")}>
            {revise ? `Save as revision ${preview.revision}` : "Save the source"}
          </button>
        </section>
      )}
    </form>
  );
}
