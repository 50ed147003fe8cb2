"use client";

import { useCallback, useEffect, useState } from "react";
import type { FieldValues, Path, PathValue, UseFormReturn } from "react-hook-form";
import type { Citation } from "@/lib/domain/citation";
import { withPicked } from "@/lib/citations/with-picked";

const storageKey = () => `draft:${window.location.pathname}`;

/**
 * Keeps a form's unsaved values across the trip to the source viewer: they are put aside
 * (sessionStorage, this tab only) when the editor leaves to pick lines, and taken back, once,
 * when the editor returns with the picked lines, which then join the form's citations.
 */
export function useDraftRoundTrip<T extends FieldValues>(form: UseFormReturn<T>, citationsField: Path<T>, picked: Citation | null) {
  const [restored, setRestored] = useState(false);

  useEffect(() => {
    const key = storageKey();
    const stored = sessionStorage.getItem(key);
    sessionStorage.removeItem(key);
    let draft: T | null = null;
    try {
      draft = stored ? (JSON.parse(stored) as T) : null;
    } catch {
      draft = null;
    }
    if (!draft && !picked) return;
    const values = draft ?? form.getValues();
    const citations = withPicked((values[citationsField] ?? []) as Citation[], picked);
    form.reset({ ...values, [citationsField]: citations } as T, { keepDefaultValues: true });
    // A picked citation is a change the editor has not saved yet.
    if (picked) form.setValue(citationsField, citations as PathValue<T, Path<T>>, { shouldDirty: true });
    setRestored(draft !== null);
    // Once, on arrival: later changes of `picked` come with a new page.
  }, []);

  const putAside = useCallback(() => sessionStorage.setItem(storageKey(), JSON.stringify(form.getValues())), [form]);
  return { restored, putAside };
}
