"use client";

import { useSearchParams } from "next/navigation";

const FORMATS = [
  { format: "csv", label: "CSV", title: "the matrix, weights, scores and ranks as CSV" },
  { format: "xlsx", label: "Excel", title: "an Excel workbook with live formulas" },
  { format: "pdf", label: "PDF", title: "a printable comparison sheet" },
  { format: "json", label: "JSON", title: "the full dataset and this view as JSON" },
] as const;

/** Downloads of the view on screen: each link carries the page's own query string. */
export function ExportLinks() {
  const search = useSearchParams().toString();
  return (
    <nav className="export-links" aria-label="Download this comparison">
      <span className="small muted">Download this view:</span>
      {FORMATS.map((f) => (
        <a key={f.format} href={`/api/export?format=${f.format}${search ? `&${search}` : ""}`} download title={`Download ${f.title}`}>
          {f.label}
        </a>
      ))}
    </nav>
  );
}
