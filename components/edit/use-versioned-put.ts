"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import { sendWithCsrf } from "./send-with-csrf";

export type Conflict<C> = { error: string; current: C & { version: number } };

/**
 * PUTs a versioned record from a form: the server's field errors go beside their fields, a 409
 * keeps both versions for the editor to merge, and a save moves the form to the new version.
 */
export function useVersionedPut<T extends FieldValues & { version: number; reason: string }, C>(form: UseFormReturn<T>, url: string, toBody: (values: T) => unknown = (v) => v) {
  const router = useRouter();
  const [saved, setSaved] = useState<number | null>(null);
  const [conflict, setConflict] = useState<Conflict<C> | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    const { response, body } = await sendWithCsrf(url, "PUT", toBody(values));
    if (response.ok) {
      setSaved(body.version);
      setConflict(null);
      form.reset({ ...values, version: body.version, reason: "" });
      router.refresh();
    } else if (response.status === 409) setConflict(body);
    else {
      for (const issue of body.issues ?? []) form.setError(issue.path as Path<T>, { message: issue.message });
      setFailure(body.error);
    }
  });

  return {
    submit,
    saved,
    conflict,
    failure,
    /** Save over theirs: the next PUT is based on their version. */
    keepMine: () => conflict && (form.setValue("version" as Path<T>, conflict.current.version as T[Path<T>]), setConflict(null)),
    /** Take theirs into the form, to edit from there. */
    takeTheirs: (toValues: (current: C & { version: number }) => T) => conflict && (form.reset(toValues(conflict.current)), setConflict(null)),
  };
}

/** A form's body without its slug, which the address carries. */
export const withoutSlug = <T extends { slug: string }>({ slug: _slug, ...body }: T) => body;
