"use client";

import { useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { useState } from "react";
import { SHEET_LIMITS, type Paper } from "@/lib/export/sheet-options";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";
import { useLanguage } from "@/components/i18n/use-language";

const FORMATS = [
  { format: "csv", label: "CSV" },
  { format: "xlsx", label: "Excel" },
  { format: "pdf", label: "PDF" },
  { format: "json", label: "JSON" },
] as const;

/** Downloads of the view on screen: each link carries the page's own query string (and its language when not English); the PDF also the title, note and paper typed here. */
export function ExportLinks() {
  const t = useTranslations("export");
  // The page's language, not next-intl's locale, which also names the digits ("ar-u-nu-arab").
  const locale = useLanguage();
  const query = new URLSearchParams(useSearchParams());
  if (locale !== DEFAULT_LOCALE) query.set("locale", locale);
  const search = query.toString();
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
      <nav className="export-links" aria-label={t("label")}>
        <span className="small muted">{t("lead")}</span>
        {FORMATS.map((f) => (
          <a key={f.format} href={href(f.format)} download title={t(`title.${f.format}`)}>
            {f.label}
          </a>
        ))}
      </nav>
      <details className="export__sheet">
        <summary className="small">{t("sheet")}</summary>
        <label className="small">
          {t("pdfTitle")}
          <input
            autoComplete="off"
            type="text"
            value={title}
            maxLength={SHEET_LIMITS.title}
            placeholder={t("pdfTitlePlaceholder")}
            onChange={(e) => setTitle(e.target.value)}
          />
        </label>
        <label className="small">
          {t("pdfNote")}
          <textarea autoComplete="off" value={note} maxLength={SHEET_LIMITS.note} rows={3} onChange={(e) => setNote(e.target.value)} />
        </label>
        <label className="small">
          {t("pdfPaper")}
          <select autoComplete="off" value={paper} onChange={(e) => setPaper(e.target.value as Paper)}>
            <option value="a4">A4</option>
            <option value="letter">{t("letter")}</option>
          </select>
        </label>
      </details>
    </div>
  );
}
