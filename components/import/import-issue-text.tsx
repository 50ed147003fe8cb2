"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { ApiIssue } from "@/components/edit/coded-error";
import { useIssueText } from "@/components/edit/use-issue-text";
import { placeKey } from "@/lib/import/import-issue";

/** What the file held (a cell's value, a header, a sheet's or file's name), an English detail of a library, the codes a setting takes. */
const TAGS = {
  held: (chunks: ReactNode) => <bdi>{chunks}</bdi>,
  en: (chunks: ReactNode) => (
    <bdi lang="en" dir="ltr">
      {chunks}
    </bdi>
  ),
  code: (chunks: ReactNode) => <code dir="ltr">{chunks}</code>,
};

/**
 * One issue of an import file, in the page's language: where it is (the whole file, a row of a
 * sheet and its column, in the page's digits; else the path into the JSON or the archive, as
 * written) and what is wrong, from `import.issues.<code>` (the importer's, and a dataset's
 * consistency checks). An issue with another code (the zod checks of a dataset's records) is said
 * from `errors.<code>`; one no code covers keeps its English, marked.
 */
export function ImportIssueText({ issue }: { issue: ApiIssue }) {
  const t = useTranslations("import");
  const say = useIssueText();
  const params = issue.params ?? {};
  const coded = issue.code !== undefined && t.has(`issues.${issue.code}`);
  // A row and column only from the importer's own issues (another issue's parameters are its sentence's).
  const key = placeKey(issue);
  const place = key === "file" || (coded && key) ? t.rich(`places.${key}`, { ...params, ...TAGS }) : <code dir="ltr">{issue.path}</code>;
  const said = coded ? null : say(issue);
  return (
    <>
      {place}:{" "}
      {coded ? (
        t.rich(`issues.${issue.code}` as "issues.importEmpty", { ...params, ...TAGS })
      ) : said === issue.message ? (
        <span lang="en" dir="auto">
          {issue.message}
        </span>
      ) : (
        said
      )}
    </>
  );
}
