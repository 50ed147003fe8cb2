"use client";

import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import { type ApiIssue, codedError, issuesByField } from "./coded-error";
import { type Refused, useFailureText, useRefusalText } from "./use-issue-text";

/**
 * A refusal of a form's write: each issue beside the field it belongs to (the first such field
 * focused), and what is left to say above or below the form, in the page's language: why it was
 * refused, with any issue that belongs to none of `fields`.
 */
export function useFieldRefusal<T extends FieldValues>(form: UseFormReturn<T>, fields: readonly Path<T>[]) {
  const failure = useFailureText();
  const refusal = useRefusalText();
  return (status: number, body: Refused): string => {
    const elsewhere: ApiIssue[] = [];
    let focus = true;
    for (const [field, issues] of issuesByField(body.issues ?? [])) {
      if (!fields.includes(field as Path<T>)) elsewhere.push(...issues);
      else {
        form.setError(field as Path<T>, codedError(issues), { shouldFocus: focus });
        focus = false;
      }
    }
    return elsewhere.length ? failure(status, { ...body, issues: elsewhere }) : refusal(status, body);
  };
}
