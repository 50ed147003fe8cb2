"use client";

import Link from "@/components/i18n/link";
import { useState } from "react";
import { csrfHeaders } from "@/components/edit/send-with-csrf";

type Diff = Record<string, { added: string[]; changed: string[]; removed: string[] }>;
type Outcome =
  | { ok: true; kind: "view"; query: string }
  | { ok: true; kind: "dataset"; mode: "preview" | "apply"; diff: Diff; applied: boolean; basis: number }
  | { ok: false; error: string; issues: Array<{ path: string; message: string }> };

const LABELS: Record<string, string> = {
  frameworks: "Frameworks",
  assessments: "Assessments",
  participants: "Roles",
  criteria: "Criteria",
  categories: "Categories",
  actors: "Actors",
  sources: "Sources",
};

/** Upload, preview what would change, then apply in one step; or open a loaded view. */
export function ImportForm() {
  const [file, setFile] = useState<File | null>(null);
  const [reason, setReason] = useState("");
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);

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
      setOutcome(response.ok ? { ok: true, ...body } : { ok: false, error: body.error, issues: body.issues ?? [] });
    } catch (error) {
      setOutcome({ ok: false, error: `the upload failed: ${(error as Error).message}`, issues: [] });
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
          <label htmlFor="import-file">File</label>
          <input
            id="import-file"
            type="file"
            accept=".json,.csv,.xlsx,application/json,text/csv"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setOutcome(null);
            }}
          />
          <p className="small muted">A JSON dataset or view, or a CSV or Excel comparison sheet exported from the compare page (10 MB at most).</p>
        </div>
        <div className="field">
          <label htmlFor="import-reason">Reason (recorded in the audit trail; needed to apply)</label>
          <input id="import-reason" type="text" value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} />
        </div>
        <button type="submit" disabled={!file || busy}>
          Check the file
        </button>
      </form>

      {outcome && !outcome.ok && (
        <section className="notice" role="alert" aria-labelledby="import-error">
          <h2 id="import-error">Nothing was imported: {outcome.error}</h2>
          <ul>
            {outcome.issues.map((i, k) => (
              <li key={k}>
                <code>{i.path}</code>: {i.message}
              </li>
            ))}
          </ul>
        </section>
      )}

      {outcome?.ok && outcome.kind === "view" && (
        <section className="panel" role="status">
          <h2>A view: weights and settings</h2>
          <p>Loading a view changes no data.</p>
          <Link href={`/compare?${outcome.query}`}>Open this view on the compare page</Link>
        </section>
      )}

      {outcome?.ok && outcome.kind === "dataset" && (
        <section className="panel" role="status" aria-labelledby="import-preview">
          <h2 id="import-preview">
            {outcome.applied ? "Imported" : total(outcome.diff) === 0 ? "No changes: the file matches the data" : "What this import would change"}
          </h2>
          <table className="plain small">
            <thead>
              <tr>
                <th scope="col">Records</th>
                <th scope="col">Added</th>
                <th scope="col">Changed</th>
                <th scope="col">Removed</th>
              </tr>
            </thead>
            <tbody>
              {Object.entries(outcome.diff).map(([key, d]) => (
                <tr key={key}>
                  <th scope="row">{LABELS[key] ?? key}</th>
                  <td title={d.added.join(", ")}>{d.added.length}</td>
                  <td title={d.changed.join(", ")}>{d.changed.length}</td>
                  <td title={d.removed.join(", ")}>{d.removed.length}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {!outcome.applied && total(outcome.diff) > 0 && (
            <p>
              <button type="button" onClick={() => void send("apply")} disabled={busy}>
                Import: apply all of it
              </button>{" "}
              <span className="small muted">
                All of it is written in one transaction, or nothing is. Applying needs an editor&apos;s <Link href="/login">sign-in</Link> and a reason.
              </span>
            </p>
          )}
        </section>
      )}
    </div>
  );
}
