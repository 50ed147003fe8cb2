import type { ErrorOption } from "react-hook-form";
import type { IssueParams } from "@/lib/domain/issue-codes";

/** An issue as the API returns it, or as a form's own check finds it: English, with its code for the page's language. */
export type ApiIssue = { path?: string; message: string; code?: string; params?: IssueParams };

/** A field's error holding its issues, each said in the page's language by FieldError; `message` stays the English. */
export type CodedFieldError = { message: string; type: string; issues: ApiIssue[] };

export function codedError(issues: ApiIssue[]): ErrorOption {
  const error: CodedFieldError = { message: issues.map((i) => i.message).join("; "), type: issues[0]?.code ?? "invalid", issues };
  return error as ErrorOption;
}

/** The API's issues by the top-level field they belong to ("citations[0].quote" goes with "citations"), each field's all together. */
export function issuesByField(issues: readonly ApiIssue[]): Map<string, ApiIssue[]> {
  const byField = new Map<string, ApiIssue[]>();
  for (const issue of issues) {
    const field = String(issue.path).split(/[.[]/)[0]!;
    byField.set(field, [...(byField.get(field) ?? []), issue]);
  }
  return byField;
}
