"use client";

import { useTranslations } from "next-intl";
import type { FieldErrors, FieldValues } from "react-hook-form";
import type { ApiIssue } from "./coded-error";

type Node = { message?: string; issues?: ApiIssue[]; root?: Node } | undefined;

/** The error of a form field (nested paths such as "scale.max" too), beside its field, in the page's language. */
export function FieldError<T extends FieldValues>({ errors, name }: { errors: FieldErrors<T>; name: string }) {
  const t = useTranslations("errors");
  const found = name.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], errors) as Node;
  const error = found?.message || found?.issues ? found : found?.root;
  if (!error?.message && !error?.issues) return null;
  // An issue without a code the messages know keeps its English (a server's check this page cannot word).
  const say = (issue: ApiIssue) => (issue.code && t.has(issue.code) ? t(issue.code, issue.params) : issue.message);
  const text = error.issues ? error.issues.map(say).join("; ") : error.message;
  return (
    <p className="field-error" id={`${name.replace(/\./g, "-")}-error`}>
      {text}
    </p>
  );
}
