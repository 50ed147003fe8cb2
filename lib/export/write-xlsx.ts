import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { formatAnnounced, GROUP_LABELS, ROLE_LABELS, STATUS_LABELS } from "../domain/labels";
import { criterionParameters } from "../compare/build-comparison";
import { PREFERENCES_SETTING, serializePreferences } from "../compare/preference-functions";
import { serializeValueFunctions, VALUE_FUNCTIONS_SETTING } from "../compare/value-functions";
import { imputeMissing } from "../scoring/impute-missing";
import { inPerspective } from "../scoring/in-perspective";
import { describeValueFunction, pointsOf } from "../scoring/value-function";
import { valueFunctionFormula } from "./value-function-formula";
import { methodOf } from "../scoring/methods/registry";
import type { SpreadsheetFormulas } from "../scoring/methods/spreadsheet";
import type { CriterionSpec } from "../scoring/types";
import type { Citation } from "../domain/citation";
import { formatDate } from "../domain/dates";
import type { ComparisonModel } from "./comparison-model";
import { FRAMEWORK_SLUG_ROW, SLUG_HEADER, settingCodes, XLSX_COLUMNS, XLSX_FIRST_FRAMEWORK_COLUMN, XLSX_HEADER, XLSX_HEADER_ROW } from "./sheet-columns";
import { ASSUMED_MARK, viewSettings } from "./view-settings";

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
  writeComparisonSheet(workbook, model, layout);
  writeRankingSheet(workbook, model, layout);
  writeEvidenceSheet(workbook, model);
  writeInclusivenessSheet(workbook, model);
  writeAboutSheet(workbook, model);
  for (const extra of extraSheets) writeRowsSheet(workbook, extra);
  await workbook.commit();
  return Buffer.concat(chunks);
}

type Book = ExcelJS.stream.xlsx.WorkbookWriter;

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
export const VALUES_ONLY_NOTE = "has no spreadsheet formulas: the contributions, scores and ranks below are the app's values and do not recalculate.";

function writeComparisonSheet(workbook: Book, model: ComparisonModel, L: ComparisonLayout) {
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
  sheet.getCell("A2").value = formulas ? formulas.intro : `${method.label} ${VALUES_ONLY_NOTE}`;
  sheet.getCell("A3").value = `Weights: ${model.label.text}. Missing values: ${model.missing} (filled before normalising). Columns F-H are the weight table.${
    Object.keys(model.valueFunctions).length
      ? " Column C is the direction this view scores in; a criterion with a value function says so in a note, and one valued per point has its values v(x) as its filled-in values."
      : ""
  }`;

  const header: string[] = [...XLSX_HEADER];
  const blocks = ["", " (filled)", formulas?.scoredSuffix ?? " (not used)", formulas?.weightedSuffix ?? " (contribution)"];
  for (const suffix of blocks) for (const f of model.frameworks) header.push(`${f.shortName}${suffix}`);
  header.push(...(formulas?.helperHeaders ?? []));
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
      row.getCell(3).note = `What is good in this view: ${describeValueFunction(valueFunction)} (the criterion's own direction: ${c.direction}).${
        pointsOf(valueFunction) ? " The filled-in values are the value function's values v(x), which the method scores as the criterion's data." : ""
      }`;
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
        raw.note = `Your assumption ${ASSUMED_MARK}: the source is silent here; this value holds for this view only and is not in the data.`;
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
  scoreRow.getCell(1).value = method.scoreLabel;
  rankRow.getCell(1).value = "Rank";
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

function writeRankingSheet(workbook: Book, model: ComparisonModel, L: ComparisonLayout) {
  const sheet = workbook.addWorksheet("Ranking", { views: [{ state: "frozen", ySplit: 1, xSplit: 1 }] });
  sheet.getColumn(1).width = 48;
  sheet.getRow(1).values = ["Framework", "Score", "Rank", ...model.criteria.map((c) => c.name)];
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

function writeEvidenceSheet(workbook: Book, model: ComparisonModel) {
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
    "Framework",
    "Criterion",
    "Value",
    "Confidence",
    "Rationale",
    "Quote",
    "Source",
    "Lines",
    "Revision",
    "Contested",
    "Contested note",
  ];
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
          c.values[i] ?? (c.assumed[i] !== null ? `no value: source silent; ${c.assumed[i]} ${ASSUMED_MARK}` : "no value: source silent"),
          e?.confidence ?? "",
          e?.rationale ?? "",
          citation?.quote ?? "",
          citation?.document ?? "",
          citation ? `${citation.lineStart}-${citation.lineEnd}` : "",
          citation?.revision ?? "",
          e?.contested ? "contested" : "",
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
          e.confidence ?? "",
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
    if (f.status && f.statusEvidence) put("Status", STATUS_LABELS[f.status], f.statusEvidence);
    if (f.announced) put("Announced", formatAnnounced(f.announced), { citations: f.announcedCitations });
    for (const e of f.lineage) put(`Lineage: ${formatDate(e.date)}`, e.text, { citations: e.citations });
    if (f.aliases.length) put("Also known as", f.aliases.join("; "), { citations: [] });
  }
}

function writeInclusivenessSheet(workbook: Book, model: ComparisonModel) {
  const sheet = workbook.addWorksheet("Inclusiveness");
  sheet.getColumn(1).width = 34;
  sheet.getRow(1).values = ["Actor", ...model.roles.frameworks.map((f) => f.shortName)];
  sheet.getRow(1).font = { bold: true };
  let r = 2;
  for (const g of model.roles.groups) {
    sheet.getRow(r).values = [GROUP_LABELS[g.group]];
    sheet.getRow(r++).font = { bold: true };
    for (const a of g.actors) sheet.getRow(r++).values = [a.name, ...a.cells.map((cell) => (cell ? ROLE_LABELS[cell.role] : ""))];
  }
  r++;
  sheet.getRow(r).values = ["Inclusiveness index", "Littoral states inside", "of", "World powers inside or observing", "of", "Targeted"];
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

function writeAboutSheet(workbook: Book, model: ComparisonModel) {
  const sheet = workbook.addWorksheet("About");
  sheet.getColumn(1).width = 18;
  sheet.getColumn(2).width = 100;
  sheet.getColumn(1).font = { bold: true };
  // The settings an import reads carry their code in a hidden third column.
  sheet.getColumn(3).hidden = true;
  const codes: Record<string, string> = {
    ...settingCodes(model),
    [PREFERENCES_SETTING]: serializePreferences(model.preferences),
    [VALUE_FUNCTIONS_SETTING]: serializeValueFunctions(model.valueFunctions),
  };
  const rows: string[][] = [
    ["Title", model.title],
    ["Generated", model.generatedAt],
    ...viewSettings(model).map(([k, v]) => (k in codes ? [k, v, codes[k]!] : [k, v])),
    ["View", model.viewUrl],
    ...model.sources.map((s): [string, string] => ["Source", `${s.author}, "${s.title}", ${s.publisher ?? ""} ${s.year}`]),
    ...model.notices.map((n): [string, string] => ["Ignored setting", n]),
  ];
  rows.forEach((row, i) => (sheet.getRow(i + 1).values = row));
}
