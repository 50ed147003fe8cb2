"use client";

import type { FieldErrors, FieldValues } from "react-hook-form";
import type { ApiIssue } from "./coded-error";
import { useIssueText } from "./use-issue-text";

type Node = { message?: string; issues?: ApiIssue[]; root?: Node } | undefined;

/** The error of a form field (nested paths such as "scale.max" too), beside its field, in the page's language. */
export function FieldError<T extends FieldValues>({ errors, name, id }: { errors: FieldErrors<T>; name: string; id?: string }) {
  const say = useIssueText();
  const found = name.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], errors) as Node;
  const error = found?.message || found?.issues ? found : found?.root;
  if (!error?.message && !error?.issues) return null;
  const text = error.issues ? error.issues.map(say).join("; ") : error.message;
  return (
    <p className="field-error" id={id ?? `${name.replace(/\./g, "-")}-error`}>
      {text}
    </p>
  );
}

/** The issues of a field that a form keeps itself rather than in react-hook-form, beside it, in the page's language. */
export function IssuesError({ id, issues }: { id: string; issues: readonly ApiIssue[] }) {
  const say = useIssueText();
  if (issues.length === 0) return null;
  return (
    <p className="field-error" id={id}>
      {issues.map(say).join("; ")}
    </p>
  );
}
