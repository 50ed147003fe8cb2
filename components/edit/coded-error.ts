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
