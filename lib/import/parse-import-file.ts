import ExcelJS from "exceljs";
import JSZip from "jszip";
import Papa from "papaparse";
import { z } from "zod";
import { MISSING_POLICIES } from "../domain/analyze";
import { datasetSchema, type Dataset } from "../domain/dataset";
import { formatIssues, type IssueReport } from "../domain/format-issues";
import type { IssueParams } from "../domain/issue-codes";
import { findIllFormedText } from "../domain/ill-formed-text";
import { ISSUE_BUDGET, safeParseWithinBudget } from "../domain/parse-within-budget";
import { WEIGHT_MAX } from "../domain/preset";
import {
  CODED_SETTINGS,
  CSV_COLUMNS,
  CSV_FIRST_FRAMEWORK_COLUMN,
  FRAMEWORK_SLUG_ROW,
  readMethod,
  readMissing,
  readSlug,
  SLUG_HEADER,
  XLSX_COLUMNS,
  XLSX_FIRST_FRAMEWORK_COLUMN,
  XLSX_HEADER_ROW,
} from "../export/sheet-columns";
import { parsePreferences } from "../compare/preference-functions";
import { parseValueFunctions } from "../compare/value-functions";
import { DEFAULT_METHOD, METHOD_IDS } from "../scoring/methods/registry";
import { inEveryLanguage } from "../export/sheet-words";
import { EXPORT_FORMAT_ID, viewSchema, type View } from "../export/view-export";
import { type CsvRow, isWeightTableHeader, type NormalisedRow, readWeightTable, weightsFromTable } from "./csv-weight-table";
import { criterionIssue, fileIssue, type ImportIssueCode, megabytes, type SheetPlace, sheetIssue, weightOutOfRange, withinBudget } from "./import-issue";
import { english, LABELS } from "./sheet-labels";
import { readXlsxEntries } from "./read-xlsx-entries";

/** Files above this size are refused before they are read. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
/**
 * The rows of a CSV an import reads: the matrix, the settings and the weight table come first,
 * one row per criterion; the evidence table after them (a row per cell, 20,000 at 200 x 100)
 * is for people, and a file of a million short rows is read no further either.
 */
const CSV_ROWS_READ = 10_000;

type ParsedImport =
  | { ok: true; kind: "dataset"; dataset: Dataset; view: View | null }
  | { ok: true; kind: "view"; view: View }
  | { ok: false; problem: "invalid" | "too-large"; error: string; issues: IssueReport[] };

type KnownCriteria = ReadonlyArray<{ slug: string; name: string; category: string }>;

const fail = (error: string, issues: IssueReport[], stoppedEarly?: boolean): ParsedImport => ({
  ok: false,
  problem: "invalid",
  error,
  issues: withinBudget(issues, stoppedEarly),
});

/** A refusal of the whole file: its English error, which is also its one issue, with the issue's code. */
const refuse = (code: ImportIssueCode, error: string, params?: IssueParams, problem: "invalid" | "too-large" = "invalid"): ParsedImport => ({
  ok: false,
  problem,
  error,
  issues: [fileIssue(code, error, params)],
});

const wrapperSchema = z.object({ format: z.literal(EXPORT_FORMAT_ID) }).passthrough();

/**
 * Reads an import file: a JSON dataset (bare, or the JSON export with its view), a view JSON,
 * or a CSV or Excel comparison sheet exported by this tool, whose weights come back as a view.
 * Everything is checked against the shared zod schemas; problems are named by row and field.
 */
export async function parseImportFile(name: string, bytes: Uint8Array, criteria: KnownCriteria): Promise<ParsedImport> {
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    const [size, limit] = [megabytes(bytes.byteLength), MAX_IMPORT_BYTES / 1048576];
    return refuse("importTooLarge", `the file is ${size.toFixed(1)} MB; the limit is ${limit} MB`, { size, limit }, "too-large");
  }
  if (bytes.byteLength === 0) return refuse("importEmpty", "the file is empty");
  const lower = name.toLowerCase();
  if (lower.endsWith(".xlsx")) return parseXlsx(bytes, criteria);
  const text = new TextDecoder("utf-8", { fatal: false }).decode(bytes).replace(/^\uFEFF/, "");
  if (lower.endsWith(".csv")) return parseCsv(text, criteria);
  if (lower.endsWith(".json") || text.trimStart().startsWith("{")) return parseJson(text);
  return refuse("notImportFile", `"${name}" is not a .json, .csv or .xlsx file`, { name });
}

function parseJson(text: string): ParsedImport {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = (error as Error).message;
    return refuse("importNotJson", `the file is not valid JSON: ${detail}`, { detail });
  }
  const illFormed = findIllFormedText(json, text);
  if (illFormed !== null)
    return fail("the file has ill-formed text", [
      fileIssue("unpairedSurrogate", "holds an unpaired surrogate (\\ud800-\\udfff): not valid Unicode text", {}, illFormed),
    ]);
  const wrapper = wrapperSchema.safeParse(json);
  if (wrapper.success) {
    const body = wrapper.data as Record<string, unknown>;
    if (body.kind === "view") {
      const view = safeParseWithinBudget(viewSchema, body.view);
      return view.success
        ? { ok: true, kind: "view", view: view.data }
        : fail("the view is invalid", formatIssues(view.issues, body.view).map(prefix("view")), view.stoppedEarly);
    }
    const dataset = safeParseWithinBudget(datasetSchema, body.dataset);
    if (!dataset.success) return fail("the dataset is invalid", formatIssues(dataset.issues, body.dataset).map(prefix("dataset")), dataset.stoppedEarly);
    const view = safeParseWithinBudget(viewSchema, body.view);
    return { ok: true, kind: "dataset", dataset: dataset.data, view: view.success ? view.data : null };
  }
  const dataset = safeParseWithinBudget(datasetSchema, json);
  if (!dataset.success) return fail("the dataset is invalid", formatIssues(dataset.issues, json), dataset.stoppedEarly);
  return { ok: true, kind: "dataset", dataset: dataset.data, view: null };
}

const prefix =
  (root: string) =>
  (issue: IssueReport): IssueReport => ({ ...issue, path: issue.path === "(root)" ? root : `${root}.${issue.path}` });

type SheetSettings = Partial<Pick<View, "method" | "missing" | "frameworks" | "preferences" | "valueFunctions">>;

/** A view from weights per criterion; the category weights are flat, since the sheet's weights are already products. */
function viewFromWeights(weights: Map<string, number>, criteria: KnownCriteria, settings: SheetSettings): View {
  const max = Math.max(...weights.values(), 0);
  const criterionWeights = Object.fromEntries([...weights].map(([slug, w]) => [slug, max > 0 ? Math.round((w / max) * WEIGHT_MAX * 100) / 100 : 0]));
  const categoryWeights = Object.fromEntries(criteria.map((c) => [c.category, WEIGHT_MAX]));
  return {
    preset: "equal",
    method: settings.method ?? DEFAULT_METHOD,
    missing: settings.missing ?? "mean",
    frameworks: settings.frameworks ?? [],
    criterionWeights,
    categoryWeights,
    query: "",
    ...(settings.preferences && { preferences: settings.preferences }),
    ...(settings.valueFunctions && { valueFunctions: settings.valueFunctions }),
  };
}

/**
 * The frameworks a sheet showed, from its row of slugs (sheets made before it have none: the
 * view then shows every framework). An empty cell ends nothing: a sheet may be edited.
 */
function frameworkSlugs(cells: readonly unknown[], where: SheetPlace, issues: IssueReport[]): string[] {
  const slugs = new Set<string>();
  for (const cell of cells) {
    if (cell === null || cell === undefined || cell === "") continue;
    const slug = readSlug(cell);
    const value = String(cell);
    if (slug === null) issues.push(sheetIssue({ ...where, column: FRAMEWORK_SLUG_ROW }, "notFrameworkSlug", `"${value}" is not a framework slug`, { value }));
    else slugs.add(slug);
  }
  return [...slugs];
}

/** The workbook's sheet of weights (worksheet names are the same in every language). */
const COMPARISON = "Comparison";

/** A setting's cell that holds none of its codes. */
const notOneOf = (place: SheetPlace, value: string | undefined, codes: readonly string[]) =>
  sheetIssue(place, "notSettingCode", `"${value}" is not one of ${codes.join(", ")}`, { value: String(value), codes: codes.join(", ") });

type CodedFunctions = "preferences" | "valueFunctions";
const codedFunctionsIn = (label: string | undefined): CodedFunctions | null =>
  label === undefined ? null : LABELS.preferences.has(label) ? "preferences" : LABELS.valueFunctions.has(label) ? "valueFunctions" : null;

/** The rows of a sheet's settings block that an import does not read (the view is in the weights). */
const SETTINGS_ROWS = new Set(
  [
    "settings.weights",
    "settings.changed",
    "settings.normalisation",
    "settings.view",
    "settings.assumptions",
    "settings.sourceFilter",
    "settings.ignored",
  ].flatMap((key) => [...inEveryLanguage(key)]),
);

/** The delimiter a sheet's first line uses most: a comma as exported, a semicolon or a tab as some spreadsheets save. */
function delimiterOf(text: string): string {
  const end = text.indexOf("\n");
  const firstLine = end < 0 ? text : text.slice(0, end);
  const count = (d: string) => firstLine.split(d).length;
  return [",", ";", "\t"].reduce((best, d) => (count(d) > count(best) ? d : best));
}

function parseCsv(text: string, criteria: KnownCriteria): ParsedImport {
  // Blank rows are kept, so that a row's number is its line in the file below them too. The
  // delimiter is found here: Papa Parse guesses by parsing the whole text once per candidate.
  const parsed = Papa.parse<string[]>(text, { delimiter: delimiterOf(text), preview: CSV_ROWS_READ });
  if (parsed.errors.length)
    return fail(
      "the CSV cannot be read",
      // Papa Parse's own words; its code (MissingQuotes, UndetectableDelimiter…) lets a page say them in its language.
      parsed.errors.map((e) => sheetIssue({ row: (e.row ?? 0) + 1 }, "csvUnreadable", e.message, { problem: e.code, detail: e.message })),
    );
  const [header, ...cells] = parsed.data;
  const rows: CsvRow[] = cells.map((row, i) => ({ line: i + 2, cells: row }));
  const weightHeader = english(CSV_COLUMNS.weight.key);
  const slugCol = header?.indexOf(SLUG_HEADER) ?? -1;
  const weightCol = header?.findIndex((h) => LABELS.weight.has(h)) ?? -1;
  if (slugCol < 0 || weightCol < 0)
    return refuse("csvNotComparison", `this CSV is not a comparison sheet: its first row needs the columns "${SLUG_HEADER}" and "${weightHeader}"`, {
      slug: SLUG_HEADER,
      weight: weightHeader,
    });
  const known = new Set(criteria.map((c) => c.slug));
  const issues: IssueReport[] = [];
  const normalised = new Map<string, NormalisedRow>();
  let table: ReturnType<typeof readWeightTable> = null;
  const settings: SheetSettings = {};
  // A code, or (typed by hand) a label, in the cell after the setting's name.
  const readMethodCell = (row: number, text: string | undefined) => {
    settings.method = readMethod(text, text);
    if (!settings.method) issues.push(notOneOf({ row, column: english(CODED_SETTINGS.method) }, text, METHOD_IDS));
  };
  const readMissingCell = (row: number, text: string | undefined) => {
    settings.missing = readMissing(text, text);
    if (!settings.missing) issues.push(notOneOf({ row, column: english(CODED_SETTINGS.missing) }, text, MISSING_POLICIES));
  };
  for (const [i, { line, cells: row }] of rows.entries()) {
    if (issues.length > ISSUE_BUDGET) break;
    // The weight table that follows the settings: the view's own weights, which the rows above repeat normalised.
    if (isWeightTableHeader(row)) {
      table = readWeightTable(row, rows.slice(i + 1), known, issues);
      break;
    }
    if (row[0] !== undefined && LABELS.method.has(row[0])) {
      readMethodCell(line, row[1]);
      // Sheets before the settings block carried the missing-value policy on the method's row.
      if (row[2] !== undefined && LABELS.missing.has(row[2])) readMissingCell(line, row[3]);
      continue;
    }
    if (row[0] !== undefined && SETTINGS_ROWS.has(row[0])) continue;
    const functions = codedFunctionsIn(row[0]);
    if (functions) {
      Object.assign(settings, codedFunctions(functions, row[1]));
      continue;
    }
    if (row[0] !== undefined && LABELS.missing.has(row[0])) {
      readMissingCell(line, row[1]);
      continue;
    }
    if (row[0] === FRAMEWORK_SLUG_ROW) {
      settings.frameworks = frameworkSlugs(row.slice(CSV_FIRST_FRAMEWORK_COLUMN), { row: line }, issues);
      continue;
    }
    const slug = row[slugCol];
    if (!slug) continue; // score, rank, settings and blank rows
    if (!known.has(slug) || normalised.has(slug)) {
      issues.push(criterionIssue({ row: line, column: SLUG_HEADER }, slug, known.has(slug)));
      continue;
    }
    const raw = row[weightCol] ?? "";
    const weight = Number(raw);
    if (raw.trim() === "" || !Number.isFinite(weight) || weight < 0) {
      issues.push(sheetIssue({ row: line, column: weightHeader }, "notWeight", `"${raw}" is not a number of 0 or more`, { value: raw, min: 0 }));
      continue;
    }
    normalised.set(slug, { line, name: row[0] ?? "", raw, weight });
  }
  // Sheets made before the weight table carry only the normalised weights.
  const weights = table ? weightsFromTable(table, normalised, issues) : new Map([...normalised].map(([slug, r]) => [slug, r.weight]));
  if (issues.length) return fail("the CSV has problems", issues);
  if (weights.size === 0) return refuse("csvNoCriteria", "the CSV holds no criterion rows");
  if ([...weights.values()].every((w) => w === 0)) return refuse("csvAllZero", "every weight in the CSV is zero");
  return { ok: true, kind: "view", view: viewFromWeights(weights, criteria, settings) };
}

async function parseXlsx(bytes: Uint8Array, criteria: KnownCriteria): Promise<ParsedImport> {
  const entries = await readXlsxEntries(bytes);
  if (!entries.ok) return entries;
  // exceljs inflates every entry of what it loads, so it gets an archive of the checked parts only, stored.
  const zip = new JSZip();
  for (const [name, data] of entries.parts) zip.file(name, data);
  const checked = await zip.generateAsync({ type: "nodebuffer", compression: "STORE" });
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(checked as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch (error) {
    const detail = (error as Error).message;
    return refuse("xlsxUnreadable", `the file is not a readable Excel workbook: ${detail}`, { detail });
  }
  const sheet = workbook.getWorksheet(COMPARISON);
  if (!sheet) return refuse("xlsxNoComparison", `the workbook has no "${COMPARISON}" sheet: import a workbook exported by this tool`, { sheet: COMPARISON });
  const header = (sheet.getRow(XLSX_HEADER_ROW).values as unknown[]).map((v) => (typeof v === "string" ? v : ""));
  const criterionCol = header.findIndex((h) => LABELS.criterion.has(h));
  const weightCol = header.findIndex((h) => LABELS.criterionWeight.has(h));
  const categoryCol = header.findIndex((h) => LABELS.categoryWeight.has(h));
  if (criterionCol < 0 || weightCol < 0 || categoryCol < 0)
    return refuse("xlsxLostColumns", `the ${COMPARISON} sheet has lost its weight columns (row ${XLSX_HEADER_ROW})`, {
      sheet: COMPARISON,
      row: XLSX_HEADER_ROW,
    });
  // Sheets made before the hidden slug column name their criteria only by display name.
  const slugCol = header.indexOf(SLUG_HEADER);
  const bySlug = new Map(criteria.map((c) => [c.slug, c]));
  const byName = new Map(criteria.map((c) => [c.name, c]));
  const issues: IssueReport[] = [];
  const weights = new Map<string, number>();
  const text = (r: number, c: number) => {
    const v = c > 0 ? sheet.getCell(r, c).value : null;
    return v === null || v === undefined ? "" : String(v);
  };
  const numberAt = (r: number, c: number, label: string) => {
    const v = sheet.getCell(r, c).value;
    const n = typeof v === "number" ? v : typeof v === "object" && v !== null && "result" in v ? Number((v as { result: unknown }).result) : Number(v);
    if (!Number.isFinite(n) || n < 0 || n > WEIGHT_MAX) {
      issues.push(weightOutOfRange({ sheet: COMPARISON, row: r, column: label }, String(v)));
      return null;
    }
    return n;
  };
  let r = XLSX_HEADER_ROW + 1;
  for (; r <= sheet.rowCount && issues.length <= ISSUE_BUDGET; r++) {
    const name = text(r, criterionCol);
    const slug = text(r, slugCol);
    if (name === "" && slug === "") break;
    const [key, column] = slugCol > 0 ? [slug, SLUG_HEADER] : [name, english(XLSX_COLUMNS.criterion.key)];
    const criterion = slugCol > 0 ? bySlug.get(slug) : byName.get(name);
    if (!criterion || weights.has(criterion.slug)) {
      issues.push(criterionIssue({ sheet: COMPARISON, row: r, column }, key, criterion !== undefined));
      continue;
    }
    const w = numberAt(r, weightCol, "Criterion weight");
    const g = numberAt(r, categoryCol, "Category weight");
    if (w !== null && g !== null) weights.set(criterion.slug, w * g);
  }
  // The hidden row of framework slugs, under the ranks.
  let frameworks: string[] | undefined;
  for (; r <= sheet.rowCount && frameworks === undefined; r++)
    if (text(r, 1) === FRAMEWORK_SLUG_ROW) {
      const cells = (sheet.getRow(r).values as unknown[]).slice(XLSX_FIRST_FRAMEWORK_COLUMN);
      frameworks = frameworkSlugs(cells, { sheet: COMPARISON, row: r }, issues);
    }
  const settings = aboutSettings(workbook.getWorksheet("About"), issues);
  if (issues.length) return fail("the workbook has problems", issues);
  if (weights.size === 0) return refuse("xlsxNoCriteria", `the ${COMPARISON} sheet holds no criterion rows`, { sheet: COMPARISON });
  if ([...weights.values()].every((w) => w === 0)) return refuse("xlsxAllZero", "every weight in the workbook is zero");
  return { ok: true, kind: "view", view: viewFromWeights(weights, criteria, { ...settings, frameworks }) };
}

/** A sheet's preference or value functions from the code written beside their setting (a link's pf or vf); none when it holds none. */
function codedFunctions(setting: CodedFunctions, code: string | undefined): SheetSettings {
  if (setting === "preferences") {
    const preferences = parsePreferences(code ?? "");
    return Object.keys(preferences).length ? { preferences } : {};
  }
  const valueFunctions = parseValueFunctions(code ?? "");
  return Object.keys(valueFunctions).length ? { valueFunctions } : {};
}

/**
 * The method, missing-value policy, preference and value functions from the About sheet: by the
 * code in its hidden third column; sheets made before it carry only the label, which older
 * versions worded otherwise ("TOPSIS with vector normalisation", "worst: filled before normalising ...").
 */
function aboutSettings(about: ExcelJS.Worksheet | undefined, issues: IssueReport[]): SheetSettings & Pick<View, "method" | "missing"> {
  const row = (labels: ReadonlySet<string>) => {
    for (let r = 1; r <= (about?.rowCount ?? 0); r++) {
      const label = about!.getCell(r, 1).value;
      if (typeof label === "string" && labels.has(label)) return { r, label: String(about!.getCell(r, 2).value ?? ""), code: about!.getCell(r, 3).value };
    }
    return { r: 0, label: "", code: null };
  };
  const method = row(LABELS.method);
  const missing = row(LABELS.missing);
  const coded = <T extends string>(setting: typeof method, key: string, read: (code: string) => T | undefined, known: readonly T[]) => {
    const value = read(String(setting.code));
    if (!value) issues.push(notOneOf({ sheet: "About", row: setting.r, column: english(key) }, String(setting.code), known));
    return value;
  };
  const functionsOf = (setting: CodedFunctions) => {
    const { code } = row(LABELS[setting]);
    return codedFunctions(setting, typeof code === "string" ? code : undefined);
  };
  return {
    ...functionsOf("preferences"),
    ...functionsOf("valueFunctions"),
    method:
      method.code !== null
        ? (coded(method, CODED_SETTINGS.method, readMethod, METHOD_IDS) ?? DEFAULT_METHOD)
        : (readMethod(undefined, method.label) ?? (method.label.startsWith("TOPSIS") ? "topsis" : DEFAULT_METHOD)),
    missing:
      missing.code !== null
        ? (coded(missing, CODED_SETTINGS.missing, readMissing, MISSING_POLICIES) ?? "mean")
        : (readMissing(undefined, missing.label) ?? MISSING_POLICIES.find((m) => missing.label.startsWith(m)) ?? "mean"),
  };
}
