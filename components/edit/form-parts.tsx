"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import Link from "@/components/i18n/link";
import type { FieldErrors, FieldValues, Path, UseFormRegister, UseFormReturn } from "react-hook-form";
import { FieldError } from "./field-error";
import type { Conflict } from "./use-versioned-save";

/** The editor's reason for a change, recorded with it. */
export function ReasonField<T extends FieldValues & { reason: string }>({
  register,
  errors,
  label,
}: {
  register: UseFormRegister<T>;
  errors: FieldErrors<T>;
  label?: string;
}) {
  const t = useTranslations("editor.save");
  return (
    <div className="field">
      <label htmlFor="reason">{label ?? t("reason")}</label>
      <input id="reason" type="text" aria-describedby="reason-error" {...register("reason" as never)} />
      <FieldError errors={errors} name="reason" />
    </div>
  );
}

type OutcomeProps = {
  what: "criterion" | "actor" | "framework" | "assessment" | "role";
  save: {
    saved: number | null;
    failure: string | null;
    conflict: Conflict | null;
    merged: boolean;
    notice: string | null;
    keepMine: () => void;
    takeTheirs: () => void;
  };
  historyHref?: string;
};

/** What became of a save: refused (why), stale (theirs beside mine, to merge), merged (save again), or saved (its version). */
export function SaveOutcome({ what, save, historyHref }: OutcomeProps) {
  const t = useTranslations("editor.save");
  return (
    <>
      {save.failure && (
        <p className="notice" role="alert">
          {t("notSaved", { failure: save.failure })}
        </p>
      )}
      {save.conflict && (
        <section className="notice conflict" role="alert" aria-labelledby="conflict-heading">
          <h2 id="conflict-heading">{t("conflictHeading", { what })}</h2>
          <p>{t("conflictVersions", { since: save.conflict.since, version: save.conflict.version })}</p>
          {save.conflict.rows.length > 0 ? (
            <table className="plain">
              <caption className="visually-hidden">{t("conflictCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("field")}</th>
                  <th scope="col">{t("theirs", { version: save.conflict.version })}</th>
                  <th scope="col">{t("yours")}</th>
                </tr>
              </thead>
              <tbody>
                {save.conflict.rows.map((r) => (
                  <tr key={r.field}>
                    <th scope="row">{r.label}</th>
                    <td>{r.theirs}</td>
                    <td>{r.mine}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p>{t("agree")}</p>
          )}
          <button type="button" onClick={save.keepMine}>
            {t("keepMine")}
          </button>{" "}
          <button type="button" onClick={save.takeTheirs}>
            {t("takeTheirs")}
          </button>
        </section>
      )}
      {save.notice && (
        <p role="status" className="notice">
          {save.notice}
        </p>
      )}
      {save.merged && (
        <p role="status" className="notice">
          {t("merged")}
        </p>
      )}
      {save.saved !== null && (
        <p role="status" className="saved">
          {t("saved", { version: save.saved })}
          {historyHref && (
            <>
              {" "}
              <Link href={historyHref}>{t("seeHistory")}</Link>
            </>
          )}
        </p>
      )}
    </>
  );
}

type TextFieldProps<T extends FieldValues> = { form: UseFormReturn<T>; name: Path<T>; label: string; readOnly?: boolean; hint?: ReactNode; rows?: number };

/** A labelled text input (or, with rows, a text area) with its error beside it. */
export function TextField<T extends FieldValues>({ form, name, label, readOnly, hint, rows }: TextFieldProps<T>) {
  const errorId = `${name.replace(/\./g, "-")}-error`;
  return (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      {rows ? (
        <textarea id={name} rows={rows} dir="auto" aria-describedby={errorId} {...form.register(name)} />
      ) : (
        <input id={name} type="text" dir="auto" readOnly={readOnly} aria-describedby={errorId} {...form.register(name)} />
      )}
      {hint && <p className="small">{hint}</p>}
      <FieldError errors={form.formState.errors} name={name} />
    </div>
  );
}
