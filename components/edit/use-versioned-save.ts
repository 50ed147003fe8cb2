"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import { conflictRows, type ConflictRow } from "@/lib/edit/merge-conflict";
import { slugSchema } from "@/lib/domain/vocabulary";
import { slugTakenMessage } from "@/lib/domain/issue-codes";
import { type ApiIssue, codedError, issuesByField } from "./coded-error";
import { useIssueText, useRefusalText } from "./use-issue-text";
import { sendWithCsrf } from "./send-with-csrf";
import { useLeaveGuard } from "./use-leave-guard";

type Versioned = { version: number };

type SaveConfig<T, C> = {
  url: string;
  method?: "PUT" | "PATCH" | "POST";
  /** The body the API takes, from the form's values (default: the values). */
  toBody?: (values: T) => unknown;
  /** Their stored record (a 409's `current`) as form values. */
  toValues: (current: C & Versioned) => T;
  /** The fields compared in a conflict, with their labels. */
  labels: Partial<Record<keyof T & string, string>>;
  /** Called with the saved record; by default the form moves to its version. */
  onSaved?: (body: C & Versioned) => void;
  /** Called after any successful save (say, to drop a kept draft's notice). */
  afterSave?: () => void;
  /** Adding a record: a 409 then means its slug is taken, never "merge into theirs". */
  creating?: boolean;
};

/** Their record at `version`, where the editor began from `since`. */
export type Conflict = { since: number; version: number; rows: ConflictRow[] };

/**
 * Saves a versioned record from a form. The server's field errors go beside their fields; a 409
 * shows theirs beside the editor's, field by field, and the editor either puts their own changes
 * on top of theirs (a field-level merge, then saves again) or takes theirs.
 */
export function useVersionedSave<T extends FieldValues & Versioned & { reason: string }, C>(form: UseFormReturn<T>, config: SaveConfig<T, C>) {
  const router = useRouter();
  const t = useTranslations("editor.save");
  const [saved, setSaved] = useState<number | null>(null);
  const [theirs, setTheirs] = useState<(C & Versioned) | null>(null);
  const [since, setSince] = useState(0);
  const refusal = useRefusalText();
  const issueText = useIssueText();
  const [merged, setMerged] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const [notice, setNotice] = useState<string | null>(null);

  const submit = form.handleSubmit(
    async (values) => {
      setFailure(null);
      setMerged(false);
      setNotice(null);
      const { response, body } = await sendWithCsrf(config.url, config.method ?? "PUT", (config.toBody ?? ((v) => v))(values));
      if (response.ok) {
        setTheirs(null);
        if (config.onSaved) {
          // Saved: what the form holds is no longer unsaved, whatever it shows next.
          form.reset(values);
          config.onSaved(body);
        } else {
          setSaved(body.version);
          form.reset({ ...values, version: body.version, reason: "" });
        }
        config.afterSave?.();
        router.refresh();
      } else if (response.status === 409 && config.creating) {
        const slug = (values as { slug?: string }).slug ?? "";
        const taken: ApiIssue = { code: "slugTaken", params: { slug }, message: slugTakenMessage(slug) };
        form.setError("slug" as Path<T>, codedError([taken]));
        setFailure(issueText(taken));
      } else if (response.status === 409 && body.current) {
        setTheirs(body.current);
        setSince(values.version);
      } else {
        // Errors show beside the top-level field they belong to (a citation's, beside the citations), all of them.
        for (const [field, issues] of issuesByField(body.issues ?? [])) form.setError(field as Path<T>, codedError(issues));
        setFailure(refusal(response.status, body));
      }
    },
    // The browser's own check failed: an earlier server message no longer applies.
    () => (setFailure(null), setNotice(null)),
  );

  const conflict: Conflict | null = theirs && {
    since,
    version: theirs.version,
    rows: conflictRows(config.toValues(theirs), form.getValues(), config.labels),
  };
  // Read during render: react-hook-form tracks dirty fields only once formState.dirtyFields is read.
  void form.formState.dirtyFields;
  useLeaveGuard(form.formState.isDirty && !form.formState.isSubmitting, t("leaveUnsaved"));
  const changedFields = () => (Object.keys(form.formState.dirtyFields) as Array<keyof T>).filter((f) => f !== "version" && f !== "reason");

  return {
    submit,
    saved,
    failure,
    conflict,
    merged,
    /**
     * Their record with the editor's changed fields on top, at their version, to check and save
     * again. Their record becomes the form's base, so only the editor's own fields stay "changed"
     * (a second conflict then merges against the newer record, not the first one).
     */
    keepMine: () => {
      if (!theirs) return;
      const mine = form.getValues();
      const base = { ...config.toValues(theirs), reason: "" };
      const merged = { ...base, ...Object.fromEntries(changedFields().map((field) => [field, mine[field]])), reason: mine.reason };
      // Two resets rather than setValue, since citations are a field array, which follows a reset.
      form.reset(base);
      form.reset(merged, { keepDefaultValues: true });
      setTheirs(null);
      setMerged(true);
    },
    /** Their record into the form, to edit from there. */
    takeTheirs: () => {
      if (!theirs) return;
      form.reset({ ...config.toValues(theirs), reason: "" });
      setNotice(t("tookTheirs", { version: theirs.version }));
      setTheirs(null);
    },
    notice,
  };
}

/**
 * The save of a record addressed by its slug (a criterion, an actor): PUT to `/api/{kind}/{slug}`
 * without the slug in the body; a new one whose slug is taken gets the error beside its slug,
 * and once added it opens on its own page, where its slug is fixed and its history starts.
 */
export function useSlugRecordSave<T extends FieldValues & Versioned & { reason: string; slug: string }, C extends { slug: string }>(
  form: UseFormReturn<T>,
  {
    kind,
    current,
    labels,
    toValues = (theirs) => theirs as unknown as Partial<T>,
  }: { kind: "criteria" | "actors"; current: C | null; labels: SaveConfig<T, C>["labels"]; toValues?: (theirs: C) => Partial<T> },
) {
  const router = useRouter();
  const typed = form.watch("slug" as Path<T>) as string;
  const slug = current?.slug ?? (slugSchema.safeParse(typed).success ? typed : "_");
  return useVersionedSave<T, C>(form, {
    url: `/api/${kind}/${slug}`,
    toBody: ({ slug: _slug, ...body }) => body,
    toValues: (theirs) =>
      ({ ...theirs, ...toValues(theirs), slug: form.getValues("slug" as Path<T>), reason: form.getValues("reason" as Path<T>) }) as unknown as T,
    creating: !current,
    onSaved: current ? undefined : () => router.push(`/${kind}/${form.getValues("slug" as Path<T>)}/edit`),
    labels,
  });
}
