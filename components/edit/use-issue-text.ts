"use client";

import { useTranslations } from "next-intl";
import { useIsolate } from "@/components/i18n/use-isolate";
import type { IssueParams } from "@/lib/domain/issue-codes";
import { refusalCode } from "@/lib/http/refusal-code";
import type { ApiIssue } from "./coded-error";

/**
 * An issue in the page's language from its code (`errors.<code>`), after where it is inside its
 * field's JSON when it says (`inside`, as written); one without a code the messages know keeps its English.
 */
export function useIssueText() {
  const t = useTranslations("errors");
  const isolate = useIsolate();
  return (issue: ApiIssue) => {
    if (!issue.code || !t.has(issue.code)) return issue.message;
    const text = t(issue.code, issue.params);
    const inside = issue.params?.inside;
    return inside === undefined ? text : `${isolate(String(inside))}: ${text}`;
  };
}

/** An API error body: its English sentence, the code of why (where the refusal has one) and the issues it names. */
export type Refused = { error?: string; code?: string; params?: IssueParams; issues?: ApiIssue[] };

/**
 * Why the API refused a write, in the page's language: the refusal's own reason where it has a
 * code the messages know (`refusals.why.<code>`), else what the response's status carries
 * (`refusals.<code>`), instead of its English `error`; a status without a code keeps the English.
 * `words` puts the reason's parameters in the page's words (codes of the history, say).
 */
export function useRefusalText(words: (params: IssueParams) => IssueParams = (params) => params) {
  const t = useTranslations("refusals");
  return (status: number, body: Refused) => {
    if (body.code && t.has(`why.${body.code}`)) return t(`why.${body.code}` as "why.sourceExists", words(body.params ?? {}));
    const code = refusalCode(status, body.issues?.length ?? 0);
    return code ? t(code) : (body.error ?? t("unknown", { status }));
  };
}

/**
 * A refusal with the issues it names, for a form without a field to show each beside:
 * "some fields are not valid: title: needs a title", in the page's language.
 */
export function useFailureText(fieldLabel: (field: string) => string | undefined = () => undefined) {
  const t = useTranslations("refusals");
  const refusal = useRefusalText();
  const say = useIssueText();
  const isolate = useIsolate();
  return (status: number, body: Refused) =>
    body.issues?.length
      ? t("withIssues", {
          refusal: refusal(status, body),
          issues: body.issues.map((i) => (i.path ? `${fieldLabel(i.path.split(/[.[]/)[0]!) ?? isolate(i.path)}: ${say(i)}` : say(i))).join("; "),
        })
      : refusal(status, body);
}
