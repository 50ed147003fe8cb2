import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { criterionParameters } from "../compare/build-comparison";
import { imputeMissing } from "../scoring/impute-missing";
import { inPerspective } from "../scoring/in-perspective";
import { pointsOf } from "../scoring/value-function";
import { valueFunctionFormula } from "./value-function-formula";
import { methodOf } from "../scoring/methods/registry";
import type { SpreadsheetFormulas } from "../scoring/methods/spreadsheet";
import type { CriterionSpec } from "../scoring/types";
import type { Citation } from "../domain/citation";
import type { ComparisonModel } from "./comparison-model";
import { FRAMEWORK_SLUG_ROW, SLUG_HEADER, XLSX_COLUMNS, XLSX_FIRST_FRAMEWORK_COLUMN, XLSX_HEADER_ROW, xlsxHeader } from "./sheet-columns";
import { sheetWords, type SheetWords } from "./sheet-words";
import { methodLabel, methodWord } from "./method-words";
import { describeGood, viewSettings } from "./view-settings";

const ASSUMED_BORDER = { style: "dashed", color: { argb: "FFB07D00" } } as const;

/** Where things sit on the Comparison sheet, for the other sheets' formulas and for tests. @public (for the formula builders) */
export type ComparisonLayout = {
  firstRow: number;
  lastRow: number;
  scoreRow: number;
  rankRow: number;
  criterionWeightCol: number;
  categoryWeightCol: number;
  effectiveWeightCol: number;
  rawCol: number;
  filledCol: number;
  normalisedCol: number;
  contributionCol: number;
  /** The first of the method's helper columns (its spreadsheet's helperHeaders: a row's minimum and maximum, TOPSIS's ideals and norm...). */
  helperCol: number;
  /** Past the last column the sheet uses. */
  endCol: number;
  /** Hidden: each criterion's slug, which an import reads back (lib/export/sheet-columns). */
  slugCol: number;
  /** Hidden, under the ranks: each framework's slug above its raw values. */
  frameworkSlugRow: number;
};

const HEADER_ROW = XLSX_HEADER_ROW;
const INPUT_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF3BF" } };
const HEAD_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF3F0EA" } };

/**
 * The looks of the cells of the large blocks, one object each. ExcelJS finds a cell's style in
 * its style table by serialising it, unless it has seen that very object before, and gives
 * every new cell a copy of its own: at 200 x 100 that lookup was most of the sheet's time.
 * Frozen, since every cell that shares one would change with it.
 */
const LOOK = {
  plain: Object.freeze({}),
  input: Object.freeze({ fill: INPUT_FILL }),
  share: Object.freeze({ numFmt: "0.0%" }),
  normalised: Object.freeze({ numFmt: "0.000" }),
  weighted: Object.freeze({ numFmt: "0.0000" }),
} as const satisfies Record<string, Partial<ExcelJS.Style>>;

/** Gives each cell of a row the shared look `lookOf` names for its column. */
function shareLooks(row: ExcelJS.Row, lookOf: (column: number) => Partial<ExcelJS.Style>) {
  row.eachCell((cell, column) => {
    cell.style = lookOf(column) as ExcelJS.Style;
  });
}

export function col(n: number): string {
  let s = "";
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

export function comparisonLayout(model: ComparisonModel): ComparisonLayout {
  const n = model.frameworks.length;
  const firstRow = HEADER_ROW + 1;
  const lastRow = firstRow + model.criteria.length - 1;
  const first = XLSX_FIRST_FRAMEWORK_COLUMN;
  const endCol = first + 4 * n + (methodOf(model.method).spreadsheet?.helperHeaders.length ?? 0);
  return {
    firstRow,
    lastRow,
    scoreRow: lastRow + 2,
    rankRow: lastRow + 3,
    criterionWeightCol: XLSX_COLUMNS.criterionWeight.column,
    categoryWeightCol: XLSX_COLUMNS.categoryWeight.column,
    effectiveWeightCol: XLSX_COLUMNS.effectiveWeight.column,
    rawCol: first,
    filledCol: first + n,
    normalisedCol: first + 2 * n,
    contributionCol: first + 3 * n,
    helperCol: first + 4 * n,
    endCol,
    // After the method's helper columns.
    slugCol: endCol,
    frameworkSlugRow: lastRow + 4,
  };
}

/**
 * The comparison as an Excel workbook whose numbers stay alive: weights are input cells, and
 * the filled-in values, normalised values, contributions, scores and ranks are formulas with
 * the engine's results cached, so viewers that do not recalculate still show the right
 * numbers. The formulas are the method's own (its `spreadsheet`, lib/scoring/methods) and follow
 * its engine exactly; a method without them exports its values and says so on the sheet.
 */
export async function writeXlsx(model: ComparisonModel, extraSheets: readonly ExtraSheet[] = []): Promise<Buffer> {
  // The streaming writer: rows go out as they are committed, about twice as fast as the
  // in-memory workbook at 200 x 100 (npm run bench). Columns are therefore set up first.
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on("data", (chunk: Buffer) => chunks.push(chunk));
  // Fast deflate: the sheet is mostly formulas and repeated text, so level 1 costs little in size.
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false, zip: { zlib: { level: 1 } } });
  workbook.creator = "Gulf Security Architecture Comparator";
  workbook.created = new Date(model.generatedAt);
  const layout = comparisonLayout(model);
  const words = sheetWords(model.locale);
  // Arabic and Persian sheets run right to left (column A on the right), as a reader of either expects; their formulas are unchanged.
  const rtl = words.direction === "rtl";
  const book: Book = {
    addWorksheet: (name, options = {}) =>
      workbook.addWorksheet(name, rtl ? { ...options, views: (options.views ?? [{}]).map((v) => ({ ...v, rightToLeft: true })) } : options),
  };
  writeComparisonSheet(book, model, layout, words);
  writeRankingSheet(book, model, layout, words);
  writeEvidenceSheet(book, model, words);
  writeInclusivenessSheet(book, model, words);
  writeAboutSheet(book, model, words);
  for (const extra of extraSheets) writeRowsSheet(book, extra);
  await workbook.commit();
  return Buffer.concat(chunks);
}

/** Where the sheets are added: the workbook, each sheet right to left where the language is. */
type Book = { addWorksheet: (name: string, options?: { views?: Array<Partial<ExcelJS.WorksheetView>> }) => ExcelJS.Worksheet };

/** A sheet of plain values after the comparison's own (a panel's result beside the group's comparison). */
export type ExtraSheet = { name: string; rows: ReadonlyArray<ReadonlyArray<string | number>> };

function writeRowsSheet(workbook: Book, { name, rows }: ExtraSheet) {
  const sheet = workbook.addWorksheet(name);
  sheet.getColumn(1).width = 40;
  rows.forEach((row, i) => {
    const r = sheet.getRow(i + 1);
    r.values = [...row];
    r.commit();
  });
}

/**
 * The engine's steps for the sheet: the problem in the view's perspective (a reversed
 * direction; a column valued per point holding v(x), its missing values filled first), filled,
 * and the method's scored block. `fillX` is each column's fill before its value function.
 */
function engineIntermediates(model: ComparisonModel, spreadsheet: SpreadsheetFormulas | undefined) {
  const specs = model.criteria.map(
    (c): CriterionSpec => ({
      id: c.slug,
      direction: c.direction,
      weight: c.normalisedWeight,
      bounds: c.scale,
      valueFunction: model.valueFunctions[c.slug],
    }),
  );
  const matrix = model.frameworks.map((_, i) => model.criteria.map((c) => c.values[i] ?? c.assumed[i] ?? null));
  const seen = inPerspective({ criteria: specs, matrix, missing: model.missing });
  const filled = imputeMissing(seen.matrix, seen.criteria, model.missing);
  // A row of none appended: its filled values are each column's fill (the known values' mean, or the perspective's worst or best x).
  const withGap = imputeMissing([...matrix, specs.map(() => null)], specs, model.missing);
  const fillX = specs.map((_, j) => withGap.values[matrix.length * specs.length + j]!);
  const parameters = criterionParameters(model.criteria, model.preferences);
  const directions = seen.criteria.map((s) => s.direction);
  const valued = seen.criteria.map((s) => s.valued === true);
  const scored = spreadsheet?.scoredBlock(filled, directions, parameters, valued);
  return { filled, scored, parameters, directions, valued, fillX, cols: specs.length };
}

/** Said on a sheet whose method has no formulas: its numbers are the app's, and stay as they are. */
/** Said on a sheet whose method has no formulas, after the method's name: its numbers are the app's, and stay as they are. */
export const VALUES_ONLY_NOTE = sheetWords("en").t("xlsx.valuesOnly", { method: "" }).trim();

function writeComparisonSheet(workbook: Book, model: ComparisonModel, L: ComparisonLayout, words: SheetWords) {
  const { t } = words;
  const sheet = workbook.addWorksheet("Comparison", { views: [{ state: "frozen", xSplit: 1, ySplit: HEADER_ROW }] });
  const n = model.frameworks.length;
  sheet.getColumn(1).width = 42;
  sheet.getColumn(2).width = 24;
  for (let c = 3; c <= L.endCol; c++) sheet.getColumn(c).width = 13;
  const method = methodOf(model.method);
  const formulas = method.spreadsheet;
  const { filled, scored, parameters, directions, valued, fillX, cols } = engineIntermediates(model, formulas);
  const at = (i: number, j: number, m: { values: Float64Array }) => m.values[i * cols + j]!;

  sheet.getCell("A1").value = model.title;
  sheet.getCell("A1").font = { bold: true, size: 14 };
  sheet.getCell("A2").value = formulas
    ? methodWord(words, model.method, "intro", formulas.intro)
    : t("xlsx.valuesOnly", { method: methodLabel(model.method, words) });
  sheet.getCell("A3").value = `${t("xlsx.weightsLine", { label: model.label.text, missing: model.missing })}${
    Object.keys(model.valueFunctions).length ? t("xlsx.valueFunctionsLine") : ""
  }`;

  const header: string[] = xlsxHeader(words);
  const blocks = [
    "",
    t("xlsx.filled"),
    formulas ? methodWord(words, model.method, "scoredSuffix", formulas.scoredSuffix) : t("xlsx.notUsed"),
    formulas ? methodWord(words, model.method, "weightedSuffix", formulas.weightedSuffix) : t("xlsx.contribution"),
  ];
  for (const suffix of blocks) for (const f of model.frameworks) header.push(`${f.shortName}${suffix}`);
  header.push(...(formulas ? methodWord(words, model.method, "helpers", formulas.helperHeaders.join("|")).split("|") : []));
  const head = sheet.getRow(HEADER_ROW);
  head.values = header;
  head.font = { bold: true };
  head.alignment = { wrapText: true, vertical: "bottom" };
  head.eachCell((cell) => (cell.fill = HEAD_FILL));
  hideSlugs(sheet, model, L);

  const wRange = (c: number) => `${col(c)}$${L.firstRow}:${col(c)}$${L.lastRow}`;
  const weightTotal = `SUMPRODUCT(${wRange(L.criterionWeightCol)},${wRange(L.categoryWeightCol)})`;
  const weightTotalValue = model.criteria.reduce((s, c) => s + c.criterionWeight * c.categoryWeight, 0);

  model.criteria.forEach((c, j) => {
    const r = L.firstRow + j;
    const row = sheet.getRow(r);
    row.getCell(1).value = c.name;
    row.getCell(L.slugCol).value = c.slug;
    row.getCell(2).value = c.categoryName;
    // The direction the view scores in: a value function may reverse it; a column valued per point is "benefit" (its values v(x)).
    row.getCell(3).value = directions[j]!;
    const valueFunction = model.valueFunctions[c.slug];
    if (valueFunction)
      row.getCell(3).note =
        `${t("xlsx.directionNote", { good: describeGood(valueFunction, words), direction: c.direction })}${pointsOf(valueFunction) ? t("xlsx.valuedNote") : ""}`;
    row.getCell(4).value = c.scale.min;
    row.getCell(5).value = c.scale.max;
    row.getCell(L.criterionWeightCol).value = c.criterionWeight;
    row.getCell(L.categoryWeightCol).value = c.categoryWeight;
    const F = `${col(L.criterionWeightCol)}${r}`;
    const G = `${col(L.categoryWeightCol)}${r}`;
    const H = `$${col(L.effectiveWeightCol)}${r}`;
    row.getCell(L.effectiveWeightCol).value = {
      formula: `IF(${weightTotal}=0,0,${F}*${G}/${weightTotal})`,
      result: weightTotalValue === 0 ? 0 : (c.criterionWeight * c.categoryWeight) / weightTotalValue,
    };

    const rawRange = `$${col(L.rawCol)}${r}:$${col(L.rawCol + n - 1)}${r}`;
    const filledRange = `$${col(L.filledCol)}${r}:$${col(L.filledCol + n - 1)}${r}`;
    const weightedRange = `$${col(L.contributionCol)}${r}:$${col(L.contributionCol + n - 1)}${r}`;
    const points = pointsOf(valueFunction);
    const fill =
      model.missing === "mean"
        ? `IFERROR(AVERAGE(${rawRange}),($D${r}+$E${r})/2)`
        : points
          ? String(fillX[j]) // the x its value function holds worst (best) on the scale
          : model.missing === "worst"
            ? `IF($C${r}="benefit",$D${r},$E${r})`
            : `IF($C${r}="benefit",$E${r},$D${r})`;
    const filledRow = Array.from({ length: n }, (_, i) => at(i, j, filled));
    const sheetRow = {
      index: j,
      weight: c.normalisedWeight,
      direction: `$C${r}`,
      benefit: directions[j] === "benefit",
      filledRange,
      filled: filledRow,
      weightedRange,
      scored: scored ? Array.from({ length: n }, (_, i) => at(i, j, scored)) : [],
      helper: (k: number) => `$${col(L.helperCol + k)}${r}`,
      parameters: parameters[j]!,
      valued: valued[j]!,
    };
    formulas?.helperCells(sheetRow).forEach((cell, k) => (row.getCell(L.helperCol + k).value = cell));
    for (let i = 0; i < n; i++) {
      const raw = row.getCell(L.rawCol + i);
      raw.value = c.values[i] ?? c.assumed[i] ?? null;
      if (c.values[i] === null && c.assumed[i] !== null) {
        // The analyst's own value: scored like the rest, marked so nobody takes it for the source's.
        raw.note = t("xlsx.assumedNote", { mark: t("row.assumedMark") });
        raw.font = { italic: true, color: { argb: "FF5C4700" } };
        raw.border = { top: ASSUMED_BORDER, left: ASSUMED_BORDER, bottom: ASSUMED_BORDER, right: ASSUMED_BORDER };
      }
      const rawRef = `${col(L.rawCol + i)}${r}`;
      const x = `IF(ISBLANK(${rawRef}),${fill},${rawRef})`;
      row.getCell(L.filledCol + i).value = { formula: points ? valueFunctionFormula(points, x) : x, result: filledRow[i]! };
      const contribution = model.contributions[model.frameworks[i]!.slug]?.[c.slug] ?? 0;
      if (!formulas || !scored) {
        row.getCell(L.contributionCol + i).value = contribution;
        continue;
      }
      const filledRef = `${col(L.filledCol + i)}${r}`;
      row.getCell(L.normalisedCol + i).value = { formula: formulas.scoredFormula(sheetRow, filledRef, i), result: at(i, j, scored) };
      row.getCell(L.contributionCol + i).value = {
        formula: `${H}*${col(L.normalisedCol + i)}${r}`,
        result: c.normalisedWeight * at(i, j, scored),
      };
    }
    shareLooks(row, (column) =>
      column === L.criterionWeightCol || column === L.categoryWeightCol
        ? LOOK.input
        : column === L.effectiveWeightCol
          ? LOOK.share
          : column >= L.normalisedCol && column < L.contributionCol
            ? LOOK.normalised
            : column >= L.contributionCol && column < L.contributionCol + n
              ? LOOK.weighted
              : LOOK.plain,
    );
    row.commit();
  });

  const scoreRow = sheet.getRow(L.scoreRow);
  const rankRow = sheet.getRow(L.rankRow);
  scoreRow.getCell(1).value = methodWord(words, model.method, "scoreLabel", method.scoreLabel);
  rankRow.getCell(1).value = t("column.rank");
  scoreRow.font = rankRow.font = { bold: true };
  const scoreRange = `$${col(L.contributionCol)}$${L.scoreRow}:$${col(L.contributionCol + n - 1)}$${L.scoreRow}`;
  for (let i = 0; i < n; i++) {
    const c = L.contributionCol + i;
    const helperColumn = (k: number) => `$${col(L.helperCol + k)}$${L.firstRow}:$${col(L.helperCol + k)}$${L.lastRow}`;
    const score = model.scores?.[i];
    scoreRow.getCell(c).value = formulas
      ? { formula: formulas.scoreFormula({ weightedColumn: `${col(c)}${L.firstRow}:${col(c)}${L.lastRow}`, helperColumn }), result: score?.score ?? 0 }
      : (score?.score ?? 0);
    scoreRow.getCell(c).numFmt = "0.0000";
    rankRow.getCell(c).value = { formula: `RANK(${col(c)}${L.scoreRow},${scoreRange})`, result: score?.rank ?? 0 };
  }

  const rawRange = `${col(L.rawCol)}${L.firstRow}:${col(L.rawCol + n - 1)}${L.lastRow}`;
  // Orange (worst) to purple (best) on the raw values, as on /compare; cost rows read reversed.
  sheet.addConditionalFormatting({
    ref: rawRange,
    rules: [
      {
        type: "colorScale",
        priority: 1,
        cfvo: [
          { type: "num", value: -2 },
          { type: "num", value: 0 },
          { type: "num", value: 2 },
        ],
        color: [{ argb: "FFE66101" }, { argb: "FFF7F7F7" }, { argb: "FFB2ABD2" }],
      },
    ],
  });
}

/**
 * The slugs an import matches by, out of sight: the header of the criteria's slug column (each
 * criterion row writes its own slug, since the streaming writer commits rows as they are done)
 * and a row of the frameworks' slugs above their raw values, under the ranks.
 */
function hideSlugs(sheet: ExcelJS.Worksheet, model: ComparisonModel, L: ComparisonLayout) {
  sheet.getColumn(L.slugCol).hidden = true;
  sheet.getRow(XLSX_HEADER_ROW).getCell(L.slugCol).value = SLUG_HEADER;
  const slugs = sheet.getRow(L.frameworkSlugRow);
  slugs.hidden = true;
  slugs.getCell(1).value = FRAMEWORK_SLUG_ROW;
  model.frameworks.forEach((f, i) => (slugs.getCell(L.rawCol + i).value = f.slug));
}

function writeRankingSheet(workbook: Book, model: ComparisonModel, L: ComparisonLayout, { t }: SheetWords) {
  const sheet = workbook.addWorksheet("Ranking", { views: [{ state: "frozen", ySplit: 1, xSplit: 1 }] });
  sheet.getColumn(1).width = 48;
  sheet.getRow(1).values = [t("column.framework"), t("column.score"), t("column.rank"), ...model.criteria.map((c) => c.name)];
  sheet.getRow(1).font = { bold: true };
  const slugCol = 4 + model.criteria.length;
  sheet.getColumn(slugCol).hidden = true;
  sheet.getRow(1).getCell(slugCol).value = SLUG_HEADER;
  model.frameworks.forEach((f, i) => {
    const row = sheet.getRow(2 + i);
    const c = col(L.contributionCol + i);
    row.getCell(1).value = f.name;
    row.getCell(slugCol).value = f.slug;
    row.getCell(2).value = { formula: `Comparison!${c}${L.scoreRow}`, result: model.scores?.[i]?.score ?? 0 };
    row.getCell(3).value = { formula: `Comparison!${c}${L.rankRow}`, result: model.scores?.[i]?.rank ?? 0 };
    model.criteria.forEach((criterion, j) => {
      row.getCell(4 + j).value = { formula: `Comparison!${c}${L.firstRow + j}`, result: model.contributions[f.slug]?.[criterion.slug] ?? 0 };
    });
    shareLooks(row, (column) => (column === 1 || column === 3 ? LOOK.plain : LOOK.weighted));
    row.commit();
  });
}

function writeEvidenceSheet(workbook: Book, model: ComparisonModel, words: SheetWords) {
  const { t } = words;
  const sheet = workbook.addWorksheet("Evidence", { views: [{ state: "frozen", ySplit: 1 }] });
  for (const [c, w] of [
    [1, 16],
    [2, 36],
    [3, 10],
    [4, 11],
    [5, 60],
    [6, 60],
    [7, 16],
    [8, 10],
    [9, 9],
    [10, 11],
    [11, 40],
  ] as const)
    sheet.getColumn(c).width = w;
  sheet.getColumn(5).alignment = sheet.getColumn(6).alignment = sheet.getColumn(11).alignment = { wrapText: true, vertical: "top" };
  const wrapped = Object.freeze({ alignment: { wrapText: true, vertical: "top" } }) as Partial<ExcelJS.Style>;
  const evidenceLook = (column: number) => (column === 5 || column === 6 || column === 11 ? wrapped : LOOK.plain);
  sheet.getRow(1).values = [
    "framework",
    "criterion",
    "value",
    "confidence",
    "rationale",
    "quote",
    "source",
    "lines",
    "revision",
    "contested",
    "contestedNote",
  ].map((key) => t(`column.${key}`));
  const mark = t("row.assumedMark");
  sheet.getRow(1).font = { bold: true };
  let r = 2;
  model.frameworks.forEach((f, i) => {
    for (const c of model.criteria) {
      const e = c.evidence[i];
      for (const citation of e?.citations.length ? e.citations : [null]) {
        const row = sheet.getRow(r++);
        row.values = [
          f.shortName,
          c.name,
          c.values[i] ?? (c.assumed[i] !== null ? t("row.noValueAssumed", { value: String(c.assumed[i]), mark }) : t("row.noValue")),
          e ? t(`confidence.${e.confidence}`) : "",
          e?.rationale ?? "",
          citation?.quote ?? "",
          citation?.document ?? "",
          citation ? `${citation.lineStart}-${citation.lineEnd}` : "",
          citation?.revision ?? "",
          e?.contested ? t("row.contested") : "",
          e?.contestedNote ?? "",
        ];
        shareLooks(row, evidenceLook);
        row.commit();
      }
    }
  });
  // Each framework's status, date and lineage, with their evidence, under the assessments.
  for (const f of model.frameworks) {
    const put = (what: string, value: string, e: { confidence?: string; rationale?: string; citations: readonly Citation[] }) => {
      for (const citation of e.citations.length ? e.citations : [null]) {
        const row = sheet.getRow(r++);
        row.values = [
          f.shortName,
          what,
          value,
          e.confidence ? t(`confidence.${e.confidence}`) : "",
          e.rationale ?? "",
          citation?.quote ?? "",
          citation?.document ?? "",
          citation ? `${citation.lineStart}-${citation.lineEnd}` : "",
          citation?.revision ?? "",
        ];
        shareLooks(row, evidenceLook);
        row.commit();
      }
    };
    if (f.status && f.statusEvidence) put(t("row.status"), t(`statuses.${f.status}`), f.statusEvidence);
    if (f.announced) put(t("row.announced"), words.date(f.announced), { citations: f.announcedCitations });
    for (const e of f.lineage) put(t("row.lineage", { date: words.date(e.date) }), e.text, { citations: e.citations });
    if (f.aliases.length) put(t("row.aliases"), f.aliases.join("; "), { citations: [] });
  }
}

function writeInclusivenessSheet(workbook: Book, model: ComparisonModel, { t }: SheetWords) {
  const sheet = workbook.addWorksheet("Inclusiveness");
  sheet.getColumn(1).width = 34;
  sheet.getRow(1).values = [t("column.actor"), ...model.roles.frameworks.map((f) => f.shortName)];
  sheet.getRow(1).font = { bold: true };
  let r = 2;
  for (const g of model.roles.groups) {
    sheet.getRow(r).values = [t(`groups.${g.group}`)];
    sheet.getRow(r++).font = { bold: true };
    for (const a of g.actors) sheet.getRow(r++).values = [a.name, ...a.cells.map((cell) => (cell ? t(`roles.${cell.role}`) : ""))];
  }
  r++;
  sheet.getRow(r).values = ["inclusivenessIndex", "littoralInside", "of", "worldPowers", "of", "targeted"].map((key) => t(`xlsx.${key}`));
  sheet.getRow(r++).font = { bold: true };
  for (const p of model.inclusiveness)
    sheet.getRow(r++).values = [
      p.shortName,
      p.index.littoral.inside,
      p.index.littoral.of,
      p.index.worldPowersEngaged.inside,
      p.index.worldPowersEngaged.of,
      p.targeted.join(", "),
    ];
}

function writeAboutSheet(workbook: Book, model: ComparisonModel, { t, notice }: SheetWords) {
  const sheet = workbook.addWorksheet("About");
  sheet.getColumn(1).width = 18;
  sheet.getColumn(2).width = 100;
  sheet.getColumn(1).font = { bold: true };
  // The settings an import reads carry their code in a hidden third column.
  sheet.getColumn(3).hidden = true;
  const rows: string[][] = [
    [t("xlsx.title"), model.title],
    [t("xlsx.generated"), model.generatedAt],
    ...viewSettings(model).map(({ label, value, code }) => (code !== undefined ? [label, value, code] : [label, value])),
    [t("settings.view"), model.viewUrl],
    ...model.sources.map((s): [string, string] => [t("xlsx.source"), `${s.author}, "${s.title}", ${s.publisher ?? ""} ${s.year}`]),
    ...model.notices.map((n): [string, string] => [t("settings.ignored"), notice(n)]),
  ];
  rows.forEach((row, i) => (sheet.getRow(i + 1).values = row));
}
