"use client";

import { useSearchParams } from "next/navigation";
import { useState } from "react";
import { SHEET_LIMITS, type Paper } from "@/lib/export/sheet-options";

const FORMATS = [
  { format: "csv", label: "CSV", title: "the matrix, weights, scores and ranks as CSV" },
  { format: "xlsx", label: "Excel", title: "an Excel workbook with live formulas" },
  { format: "pdf", label: "PDF", title: "a comparison sheet to print or attach" },
  { format: "json", label: "JSON", title: "the full dataset and this view as JSON" },
] as const;

/** Downloads of the view on screen: each link carries the page's own query string; the PDF also the title, note and paper typed here. */
export function ExportLinks() {
  const search = useSearchParams().toString();
  const [title, setTitle] = useState("");
  const [note, setNote] = useState("");
  const [paper, setPaper] = useState<Paper>("a4");
  const sheet = new URLSearchParams();
  if (paper !== "a4") sheet.set("paper", paper);
  if (title.trim()) sheet.set("title", title.trim());
  if (note.trim()) sheet.set("note", note.trim());
  const href = (format: string) => {
    const extra = format === "pdf" ? sheet.toString() : "";
    return `/api/export?format=${format}${search ? `&${search}` : ""}${extra ? `&${extra}` : ""}`;
  };
  return (
    <div className="export">
      <nav className="export-links" aria-label="Download this comparison">
        <span className="small muted">Download this view:</span>
        {FORMATS.map((f) => (
          <a key={f.format} href={href(f.format)} download title={`Download ${f.title}`}>
            {f.label}
          </a>
        ))}
      </nav>
      <details className="export__sheet">
        <summary className="small">Title, note and paper for the PDF</summary>
        <label className="small">
          PDF title
          <input
            type="text"
            value={title}
            maxLength={SHEET_LIMITS.title}
            placeholder="Gulf security frameworks compared"
            onChange={(e) => setTitle(e.target.value)}
          />
        </label>
        <label className="small">
          PDF note (optional)
          <textarea value={note} maxLength={SHEET_LIMITS.note} rows={3} onChange={(e) => setNote(e.target.value)} />
        </label>
        <label className="small">
          PDF paper
          <select value={paper} onChange={(e) => setPaper(e.target.value as Paper)}>
            <option value="a4">A4</option>
            <option value="letter">Letter</option>
          </select>
        </label>
      </details>
    </div>
  );
}
