"use client";

import type { InputHTMLAttributes } from "react";
import type { z } from "zod";
import type { ApiIssue } from "@/components/edit/coded-error";
import { useIssueText } from "@/components/edit/use-issue-text";
import { issueCode } from "@/lib/domain/issue-codes";

/** A setting's text as its schema reads it: the number, or what is wrong with it. */
export function readSetting(schema: z.ZodType<number, string>, text: string): { value: number; issue: null } | { value: null; issue: ApiIssue } {
  const read = schema.safeParse(text.trim());
  if (read.success) return { value: read.data, issue: null };
  const issue = read.error.issues[0]!;
  return { value: null, issue: { message: issue.message, ...issueCode(issue) } };
}

type Props = {
  id: string;
  label: string;
  hint: string;
  text: string;
  onText: (text: string) => void;
  issue: ApiIssue | null;
  /** Whether to say what is wrong: once a run was refused for it, not while the first digits are typed. */
  showIssue: boolean;
  className?: string;
} & Pick<InputHTMLAttributes<HTMLInputElement>, "type" | "min" | "max" | "step">;

/** A whole-number setting of the robustness panel: its label, its hint, and its error beside it in the page's language. */
export function SettingField({ id, label, hint, text, onText, issue, showIssue, className = "field", ...input }: Props) {
  const say = useIssueText();
  return (
    <div className={className}>
      <label htmlFor={id}>{label}</label>
      <input
        autoComplete="off"
        id={id}
        inputMode="numeric"
        {...input}
        value={text}
        onChange={(e) => onText(e.target.value)}
        aria-invalid={issue !== null}
        aria-describedby={`${id}-hint ${id}-error`}
      />
      <span id={`${id}-hint`} className="small muted">
        {hint}
      </span>
      {showIssue && issue && (
        <p className="field-error" id={`${id}-error`}>
          {say(issue)}
        </p>
      )}
    </div>
  );
}
