"use client";

import { useTranslations } from "next-intl";
import Link from "@/components/i18n/link";
import { useNumberFormat } from "@/components/i18n/use-number-format";
import { useState } from "react";
import type { ApiIssue } from "@/components/edit/coded-error";
import { IssuesError } from "@/components/edit/field-error";
import { csrfHeaders } from "@/components/edit/send-with-csrf";
import { useRefusalText } from "@/components/edit/use-issue-text";
import { formatIssues } from "@/lib/domain/format-issues";
import type { DatasetDiff } from "@/lib/import/diff-dataset";
import { importSettingsSchema } from "@/lib/import/import-settings";
import { ImportIssueText } from "./import-issue-text";
import { NamedChanges } from "./named-changes";

type Outcome =
  | { ok: true; kind: "view"; query: string }
  | { ok: true; kind: "dataset"; mode: "preview" | "apply"; diff: DatasetDiff; applied: boolean; basis: number }
  | { ok: false; error: string; issues: ApiIssue[] };
type Refusal = { error: string; issues: ApiIssue[] };

/** Upload, preview what would change, then apply in one step; or open a loaded view. */
export function ImportForm() {
  const t = useTranslations("import");
  const { integer } = useNumberFormat();
  const label = (kind: string) => (t.has(`records.${kind}`) ? t(`records.${kind}` as "records.frameworks") : kind);
  const [file, setFile] = useState<File | null>(null);
  const [reason, setReason] = useState("");
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  // A refused apply leaves the preview on screen: what is wrong with the reason beside it, the rest with the preview.
  const [reasonIssues, setReasonIssues] = useState<ApiIssue[]>([]);
  const [applyRefusal, setApplyRefusal] = useState<Refusal | null>(null);
  const [busy, setBusy] = useState(false);
  const refusal = useRefusalText();

  /** Why an apply was refused, the preview kept: the reason's issues beside it, the rest below; none clears them. */
  const refuseApply = (issues: ApiIssue[], error: string | null) => {
    setReasonIssues(issues.filter((i) => i.path === "reason"));
    const elsewhere = issues.filter((i) => i.path !== "reason");
    setApplyRefusal(error !== null || elsewhere.length ? { error: error ?? refusal(400, { issues }), issues: elsewhere } : null);
    if (issues.some((i) => i.path === "reason")) document.getElementById("import-reason")?.focus();
  };

  const send = async (mode: "preview" | "apply") => {
    if (!file) return;
    const previewed = outcome?.ok && outcome.kind === "dataset" ? outcome : null;
    // Apply what was previewed: if the data changed since, the server refuses (409) and says so.
    const settings = { mode, reason: reason.trim() || undefined, basis: mode === "apply" ? String(previewed?.basis) : undefined };
    if (mode === "apply") {
      // The API's own check of the reason, before the file is sent again.
      const checked = importSettingsSchema.safeParse({ ...settings, reason: reason.trim() });
      refuseApply(checked.success ? [] : formatIssues(checked.error.issues), null);
      if (!checked.success) return;
    }
    setBusy(true);
    const form = new FormData();
    form.set("file", file);
    for (const [key, value] of Object.entries(settings)) if (value !== undefined) form.set(key, value);
    try {
      // Applying is a write: it carries the session's CSRF token, like every other write.
      const headers = mode === "apply" ? await csrfHeaders() : {};
      const response = await fetch("/api/import", { method: "POST", body: form, headers });
      const body = await response.json();
      if (mode === "apply" && !response.ok) return refuseApply(body.issues ?? [], refusal(response.status, body));
      refuseApply([], null);
      setOutcome(response.ok ? { ok: true, ...body } : { ok: false, error: refusal(response.status, body), issues: body.issues ?? [] });
    } catch (error) {
      const failed = t("uploadFailed", { message: (error as Error).message });
      if (mode === "apply") refuseApply([], failed);
      else setOutcome({ ok: false, error: failed, issues: [] });
    } finally {
      setBusy(false);
    }
  };

  const total = (d: DatasetDiff) => Object.values(d).reduce((n, x) => n + x.added.length + x.changed.length + x.removed.length, 0);

  return (
    <div className="import">
      <form
        className="panel"
        onSubmit={(e) => {
          e.preventDefault();
          void send("preview");
        }}
      >
        <div className="field">
          <label htmlFor="import-file">{t("file")}</label>
          <input
            id="import-file"
            type="file"
            accept=".json,.csv,.xlsx,application/json,text/csv"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setOutcome(null);
              refuseApply([], null);
            }}
          />
          <p className="small muted">{t("fileHelp", { size: 10 })}</p>
        </div>
        <div className="field">
          <label htmlFor="import-reason">{t("reason")}</label>
          <input
            id="import-reason"
            type="text"
            dir="auto"
            value={reason}
            maxLength={500}
            aria-describedby="import-reason-error"
            onChange={(e) => setReason(e.target.value)}
          />
          <IssuesError id="import-reason-error" issues={reasonIssues} />
        </div>
        <button type="submit" disabled={!file || busy}>
          {t("check")}
        </button>
      </form>

      {outcome && !outcome.ok && <RefusalNotice refusal={outcome} />}

      {outcome?.ok && outcome.kind === "view" && (
        <section className="panel" role="status">
          <h2>{t("viewHeading")}</h2>
          <p>{t("viewNote")}</p>
          <Link href={`/compare?${outcome.query}`}>{t("openView")}</Link>
        </section>
      )}

      {outcome?.ok && outcome.kind === "dataset" && (
        <section className="panel" role="status" aria-labelledby="import-preview">
          <h2 id="import-preview">{outcome.applied ? t("imported") : total(outcome.diff) === 0 ? t("noChanges") : t("wouldChange")}</h2>
          <table className="plain small">
            <thead>
              <tr>
                <th scope="col">{t("columns.records")}</th>
                <th scope="col">{t("columns.added")}</th>
                <th scope="col">{t("columns.changed")}</th>
                <th scope="col">{t("columns.removed")}</th>
              </tr>
            </thead>
            <tbody>
              {Object.entries(outcome.diff).map(([key, d]) => (
                <tr key={key}>
                  <th scope="row">{label(key)}</th>
                  <td>{integer(d.added.length)}</td>
                  <td>{integer(d.changed.length)}</td>
                  <td>{integer(d.removed.length)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <NamedChanges diff={outcome.diff} label={label} />
          {!outcome.applied && total(outcome.diff) > 0 && (
            <p>
              <button type="button" onClick={() => void send("apply")} disabled={busy}>
                {t("apply")}
              </button>{" "}
              <span className="small muted">{t.rich("applyNote", { link: (c) => <Link href="/login">{c}</Link> })}</span>
            </p>
          )}
        </section>
      )}
      {applyRefusal && <RefusalNotice refusal={applyRefusal} />}
    </div>
  );
}

/** Nothing was imported, and why: the refusal, and each issue it names. */
function RefusalNotice({ refusal }: { refusal: Refusal }) {
  const t = useTranslations("import");
  return (
    <section className="notice" role="alert" aria-labelledby="import-error">
      <h2 id="import-error">{t("nothingImported", { error: refusal.error })}</h2>
      <ul>
        {refusal.issues.map((i, k) => (
          <li key={k}>
            <ImportIssueText issue={i} />
          </li>
        ))}
      </ul>
    </section>
  );
}
