"use client";

import Link from "@/components/i18n/link";
import type { FieldErrors, FieldValues, Path, UseFormRegister, UseFormReturn } from "react-hook-form";
import { FieldError } from "./field-error";
import type { Conflict } from "./use-versioned-save";

/** The editor's reason for a change, recorded with it. */
export function ReasonField<T extends FieldValues & { reason: string }>({
  register,
  errors,
  label = "Reason (recorded)",
}: {
  register: UseFormRegister<T>;
  errors: FieldErrors<T>;
  label?: string;
}) {
  return (
    <div className="field">
      <label htmlFor="reason">{label}</label>
      <input id="reason" type="text" aria-describedby="reason-error" {...register("reason" as never)} />
      <FieldError errors={errors} name="reason" />
    </div>
  );
}

type OutcomeProps = {
  what: string;
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
  return (
    <>
      {save.failure && (
        <p className="notice" role="alert">
          Not saved: {save.failure}
        </p>
      )}
      {save.conflict && (
        <section className="notice conflict" role="alert" aria-labelledby="conflict-heading">
          <h2 id="conflict-heading">Someone changed this {what} while you were editing</h2>
          <p>{save.conflict.error.charAt(0).toUpperCase() + save.conflict.error.slice(1)}.</p>
          {save.conflict.rows.length > 0 ? (
            <table className="plain">
              <caption className="visually-hidden">Theirs and yours, where they differ</caption>
              <thead>
                <tr>
                  <th scope="col">Field</th>
                  <th scope="col">Theirs (version {save.conflict.version})</th>
                  <th scope="col">Yours</th>
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
            <p>Theirs and yours now agree on every field.</p>
          )}
          <button type="button" onClick={save.keepMine}>
            Put my changes on top of theirs
          </button>{" "}
          <button type="button" onClick={save.takeTheirs}>
            Take theirs
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
          Your changes now sit on top of theirs: check the form and save again.
        </p>
      )}
      {save.saved !== null && (
        <p role="status" className="saved">
          Saved as version {save.saved}.
          {historyHref && (
            <>
              {" "}
              <Link href={historyHref}>See the history</Link>
            </>
          )}
        </p>
      )}
    </>
  );
}

type TextFieldProps<T extends FieldValues> = { form: UseFormReturn<T>; name: Path<T>; label: string; readOnly?: boolean; hint?: string; rows?: number };

/** A labelled text input (or, with rows, a text area) with its error beside it. */
export function TextField<T extends FieldValues>({ form, name, label, readOnly, hint, rows }: TextFieldProps<T>) {
  const errorId = `${name.replace(/\./g, "-")}-error`;
  return (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      {rows ? (
        <textarea id={name} rows={rows} aria-describedby={errorId} {...form.register(name)} />
      ) : (
        <input id={name} type="text" readOnly={readOnly} aria-describedby={errorId} {...form.register(name)} />
      )}
      {hint && <p className="small">{hint}</p>}
      <FieldError errors={form.formState.errors} name={name} />
    </div>
  );
}
