import type { z } from "zod";
import { type IssueParams, issueCode } from "./issue-codes";

/** An issue as the API reports it: where, in English, and as a code with parameters (lib/domain/issue-codes.ts) for a page to say in its language. */
export type IssueReport = { path: string; message: string; code?: string; params?: IssueParams };

type Keyed = { slug?: unknown; criterion?: unknown; actor?: unknown; id?: unknown };

/**
 * Turns zod issues into readable paths that name the record rather than its index where the
 * record has a key: `frameworks[hope].assessments[acceptability-ir].value`.
 */
export function formatIssues(issues: readonly z.core.$ZodIssue[], input?: unknown): IssueReport[] {
  return issues.map((issue) => ({ path: describePath(issue.path, input), message: issue.message, ...issueCode(issue) }));
}

/** An issue a check finds outside a schema, with its code and parameters beside the English the API gives. */
export const codedReport = (path: string, code: string, message: string, params?: IssueParams): IssueReport => ({
  path,
  message,
  code,
  ...(params && Object.keys(params).length && { params }),
});

/** An issue with its code: the one it carries, else the one its message stands for. */
export const withCode = (issue: IssueReport): IssueReport => (issue.code ? issue : { ...issue, ...issueCode({ message: issue.message }) });

export function describePath(path: readonly PropertyKey[], input?: unknown): string {
  let node: unknown = input;
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") {
      const item = Array.isArray(node) ? (node[segment] as Keyed | undefined) : undefined;
      const key = item && typeof item === "object" ? (item.slug ?? item.criterion ?? item.actor ?? item.id) : undefined;
      out += typeof key === "string" && key.length > 0 ? `[${key}]` : `[${segment}]`;
    } else {
      out += out ? `.${String(segment)}` : String(segment);
    }
    node = node && typeof node === "object" ? (node as Record<PropertyKey, unknown>)[segment] : undefined;
  }
  return out || "(root)";
}

export function issuesToText(reports: readonly IssueReport[]): string {
  return reports.map((r) => `${r.path}: ${r.message}`).join("\n");
}
