"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useState } from "react";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import type { Citation } from "@/lib/domain/citation";
import { withPicked } from "@/lib/citations/with-picked";

const storageKey = () => `draft:${window.location.pathname}`;

/** What the editor started from (with its version), and what the form holds. */
type Draft<T> = { base: T; values: T };

/**
 * Keeps a form's unsaved values across the trip to the source viewer: they are put aside
 * (sessionStorage, this tab only) when the editor leaves to pick lines, and taken back, once,
 * when the editor returns with the picked lines, which then join the form's citations.
 */
export function useDraftRoundTrip<T extends FieldValues>(form: UseFormReturn<T>, citationsField: Path<T>, picked: Citation | null) {
  const router = useRouter();
  const [restored, setRestored] = useState(false);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the draft is taken back once, when the editor returns; later renders must not restore it again
  useEffect(() => {
    const key = storageKey();
    const stored = sessionStorage.getItem(key);
    sessionStorage.removeItem(key);
    let draft: Draft<T> | null = null;
    try {
      draft = stored ? (JSON.parse(stored) as Draft<T>) : null;
    } catch {
      draft = null;
    }
    if (!draft && !picked) return;
    // The draft's base (what the editor started from, with its version) becomes the form's base
    // again, so only the editor's own fields count as changed: if the record moved on meanwhile,
    // the save is a 409 and the merge sees exactly those fields. Two resets rather than setValue,
    // since the citations are a field array, which follows a reset.
    if (draft) form.reset(draft.base);
    const values = draft ? draft.values : form.getValues();
    const citations = withPicked((values[citationsField] ?? []) as Citation[], picked);
    form.reset({ ...values, [citationsField]: citations } as T, { keepDefaultValues: true });
    setRestored(draft !== null);
    // Once, on arrival: later changes of `picked` come with a new page.
  }, []);

  const putAside = useCallback(() => {
    const draft: Draft<T> = { base: form.formState.defaultValues as T, values: form.getValues() };
    sessionStorage.setItem(storageKey(), JSON.stringify(draft));
  }, [form]);
  /** Once saved: the kept-draft notice and the picked lines in the address have done their job. */
  const settle = useCallback(() => {
    setRestored(false);
    const url = new URL(window.location.href);
    if (url.searchParams.has("cite")) {
      url.searchParams.delete("cite");
      url.searchParams.delete("doc");
      // Through the router, so its own idea of the address (and a refresh) follows.
      router.replace(`${url.pathname}${url.search}${url.hash}`, { scroll: false });
    }
  }, [router]);
  return { restored, putAside, settle };
}
