"use client";

import { useTranslations } from "next-intl";
import Link from "@/components/i18n/link";
import { useNumberFormat } from "@/components/i18n/use-number-format";
import { useJoin } from "@/components/i18n/use-join";
import { useState } from "react";
import type { ApiIssue } from "@/components/edit/coded-error";
import { csrfHeaders } from "@/components/edit/send-with-csrf";
import { useRefusalText } from "@/components/edit/use-issue-text";
import { ImportIssueText } from "./import-issue-text";

type Diff = Record<string, { added: string[]; changed: string[]; removed: string[] }>;
type Outcome =
  | { ok: true; kind: "view"; query: string }
  | { ok: true; kind: "dataset"; mode: "preview" | "apply"; diff: Diff; applied: boolean; basis: number }
  | { ok: false; error: string; issues: ApiIssue[] };

/** Upload, preview what would change, then apply in one step; or open a loaded view. */
export function ImportForm() {
  const t = useTranslations("import");
  const { integer } = useNumberFormat();
  const join = useJoin();
  const label = (kind: string) => (t.has(`records.${kind}`) ? t(`records.${kind}` as "records.frameworks") : kind);
  const [file, setFile] = useState<File | null>(null);
  const [reason, setReason] = useState("");
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);
  const refusal = useRefusalText();

  const send = async (mode: "preview" | "apply") => {
    if (!file) return;
    setBusy(true);
    const form = new FormData();
    form.set("file", file);
    form.set("mode", mode);
    if (reason.trim()) form.set("reason", reason.trim());
    // Apply what was previewed: if the data changed since, the server refuses (409) and says so.
    if (mode === "apply" && outcome?.ok && outcome.kind === "dataset") form.set("basis", String(outcome.basis));
    try {
      // Applying is a write: it carries the session's CSRF token, like every other write.
      const headers = mode === "apply" ? await csrfHeaders() : {};
      const response = await fetch("/api/import", { method: "POST", body: form, headers });
      const body = await response.json();
      setOutcome(response.ok ? { ok: true, ...body } : { ok: false, error: refusal(response.status, body), issues: body.issues ?? [] });
    } catch (error) {
      setOutcome({ ok: false, error: t("uploadFailed", { message: (error as Error).message }), issues: [] });
    } finally {
      setBusy(false);
    }
  };

  const total = (d: Diff) => Object.values(d).reduce((n, x) => n + x.added.length + x.changed.length + x.removed.length, 0);

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
            }}
          />
          <p className="small muted">{t("fileHelp", { size: 10 })}</p>
        </div>
        <div className="field">
          <label htmlFor="import-reason">{t("reason")}</label>
          <input id="import-reason" type="text" value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} />
        </div>
        <button type="submit" disabled={!file || busy}>
          {t("check")}
        </button>
      </form>

      {outcome && !outcome.ok && (
        <section className="notice" role="alert" aria-labelledby="import-error">
          <h2 id="import-error">{t("nothingImported", { error: outcome.error })}</h2>
          <ul>
            {outcome.issues.map((i, k) => (
              <li key={k}>
                <ImportIssueText issue={i} />
              </li>
            ))}
          </ul>
        </section>
      )}

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
                  <td title={join(d.added)}>{integer(d.added.length)}</td>
                  <td title={join(d.changed)}>{integer(d.changed.length)}</td>
                  <td title={join(d.removed)}>{integer(d.removed.length)}</td>
                </tr>
              ))}
            </tbody>
          </table>
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
    </div>
  );
}
