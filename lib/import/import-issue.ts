import { codedReport, type IssueReport } from "../domain/format-issues";
import type { IssueParams } from "../domain/issue-codes";
import { ISSUE_BUDGET } from "../domain/parse-within-budget";
import { WEIGHT_MAX } from "../domain/preset";

/**
 * What an import file holds wrong, as codes a page says in its language (`import.issues.<code>`,
 * components/import/import-issue-text.tsx); each issue keeps the English `message` the API always
 * gave, and its parameters name what the file held (`value`, a header as `column`), the row, and
 * the rest of the sentence (the limit, the codes allowed). A JSON dataset's records are checked
 * by zod and their schemas (`errors.<code>`), its consistency (slugs, references, citations,
 * source texts) by `DATASET_ISSUE_CODES` (lib/domain/dataset-issues.ts, `import.issues.<code>`).
 */
export const IMPORT_ISSUE_CODES = [
  // The file as a whole.
  "importTooLarge",
  "importEmpty",
  "notImportFile",
  "importNotJson",
  "unpairedSurrogate",
  "csvUnreadable",
  "csvNotComparison",
  "csvNoCriteria",
  "csvAllZero",
  "xlsxUnreadable",
  "xlsxNoComparison",
  "xlsxLostColumns",
  "xlsxNoCriteria",
  "xlsxAllZero",
  // An Excel file's archive, before its cells are read.
  "archiveUnreadable",
  "archiveTooManyEntries",
  "archivePartTwice",
  "archivePartTooLarge",
  "archivePartOverflow",
  "workbookTooLarge",
  "notWorkbook",
  // A row or cell of a sheet.
  "notFrameworkSlug",
  "notSettingCode",
  "unknownCriterion",
  "criterionTwice",
  "notWeight",
  "weightOutOfRange",
  // After the first ISSUE_BUDGET problems, the file is not read further.
  "moreIssues",
  "weightsDisagree",
  "notInWeightTable",
] as const;
export type ImportIssueCode = (typeof IMPORT_ISSUE_CODES)[number];

/** Where an issue of the file as a whole is. */
export const WHOLE_FILE = "(file)";

/** A row of a sheet (in the Excel workbook, of one of its sheets), and the column or setting of that row. */
export type SheetPlace = { row: number; sheet?: string; column?: string };

/** A place as the API has always named it: "row 3, Slug", "Comparison row 5, Criterion weight". */
export const placeInEnglish = ({ row, sheet, column }: SheetPlace) => `${sheet ? `${sheet} ` : ""}row ${row}${column ? `, ${column}` : ""}`;

const issue = (path: string, code: ImportIssueCode, message: string, params: IssueParams): IssueReport => codedReport(path, code, message, params);

/** An issue of the file as a whole (or of a part of its archive, named by `path`). */
export const fileIssue = (code: ImportIssueCode, message: string, params: IssueParams = {}, path = WHOLE_FILE) => issue(path, code, message, params);

/** A cell's text as an issue repeats it: the first 80 characters (a 10 MB cell came back twice in the answer). */
const SHOWN_CHARACTERS = 80;
const shown = (value: string) => (value.length > SHOWN_CHARACTERS ? `${value.slice(0, SHOWN_CHARACTERS)}…` : value);

/** An issue of a row or cell: its place is in the path (English) and in the parameters (for a page to say); a long value is cut short in both. */
export function sheetIssue(place: SheetPlace, code: ImportIssueCode, message: string, params: IssueParams = {}): IssueReport {
  const value = params.value;
  const [said, held] =
    typeof value === "string" && value !== shown(value) ? [message.split(value).join(shown(value)), { ...params, value: shown(value) }] : [message, params];
  return issue(placeInEnglish(place), code, said, {
    ...held,
    ...(Object.fromEntries(Object.entries(place).filter(([, v]) => v !== undefined)) as IssueParams),
  });
}

/** The first ISSUE_BUDGET issues, and one that says the file was not read further when there were more. */
export function withinBudget(issues: readonly IssueReport[], stoppedEarly = issues.length > ISSUE_BUDGET): IssueReport[] {
  const listed = issues.slice(0, ISSUE_BUDGET);
  if (!stoppedEarly) return listed;
  return [
    ...listed,
    fileIssue("moreIssues", `the file was not read past its first ${ISSUE_BUDGET} problems: fix these and check it again`, { count: ISSUE_BUDGET }),
  ];
}

/** A criterion's row whose criterion is not known, or came before. */
export const criterionIssue = (place: SheetPlace, value: string, known: boolean) =>
  known
    ? sheetIssue(place, "criterionTwice", `"${value}" appears twice`, { value })
    : sheetIssue(place, "unknownCriterion", `"${value}" is not a known criterion`, { value });

/** A cell of a criterion's or a category's weight that holds none from 0 to WEIGHT_MAX. */
export const weightOutOfRange = (place: SheetPlace, value: string) =>
  sheetIssue(place, "weightOutOfRange", `"${value}" is not a weight from 0 to ${WEIGHT_MAX}`, { value, min: 0, max: WEIGHT_MAX });

/** How a page names an issue's place (`import.places.<key>`): the whole file, or a row of a sheet and its column; null for a path into the JSON or the archive, written as it is. */
export function placeKey(issue: { path?: string; params?: IssueParams }): "file" | "row" | "cell" | "sheetRow" | "sheetCell" | null {
  if (issue.path === WHOLE_FILE) return "file";
  const { row, sheet, column } = issue.params ?? {};
  if (row === undefined) return null;
  return sheet === undefined ? (column === undefined ? "row" : "cell") : column === undefined ? "sheetRow" : "sheetCell";
}

/** Megabytes to one decimal, as the messages print them ({size, number, ::.0 group-off}). */
export const megabytes = (bytes: number) => Math.round((bytes / (1024 * 1024)) * 10) / 10;
