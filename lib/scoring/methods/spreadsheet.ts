import type { Direction } from "../../domain/vocabulary";
import type { DenseMatrix } from "../types";

/** A cell the sheet writes: a formula with the engine's value cached, or a plain value. */
export type SheetCell = { formula: string; result: number } | string | number;

/**
 * One criterion's row of the Comparison sheet, as cell references: the row holds the
 * criterion's direction, its filled-in values (one per alternative), the block the method
 * scores from (normalised values, or net flows), their weighted values, and the method's
 * own helper columns after them.
 */
export type SheetCriterionRow = {
  /** The criterion's index, and its normalised weight. */
  index: number;
  weight: number;
  /** The cell holding "benefit" or "cost", and which it holds. */
  direction: string;
  benefit: boolean;
  /** The filled-in values of the row, as a range, and as the engine filled them. */
  filledRange: string;
  filled: readonly number[];
  /** The weighted values of the row (weight x the scored block), as a range. */
  weightedRange: string;
  /** The scored block's values of this row, as the engine computed them. */
  scored: readonly number[];
  /** The absolute reference of the method's k-th helper cell in this row. */
  helper: (k: number) => string;
  /** The fields the method reads from this criterion (PROMETHEE II's preference function). */
  parameters: Readonly<Record<string, unknown>>;
  /** Whether the filled-in values are a value function's values v(x) in [0, 1] (lib/scoring/in-perspective). */
  valued: boolean;
};

/** The ranges a score formula reads for one alternative: its weighted column, and each helper column. */
export type SheetScoreRefs = { weightedColumn: string; helperColumn: (k: number) => string };

/**
 * A method's formulas for the Excel export: every number from the filled-in values on is a
 * formula that recalculates when a weight cell changes. The weighted block is always the
 * effective weight times the scored block; the method says what the scored block is, what its
 * helper columns hold, and how a score follows.
 */
export type SpreadsheetFormulas = {
  /** The sheet's second line: how it scores and what recalculates. */
  intro: string;
  /** Header suffixes of the scored block (" (normalised)") and the weighted block (" (contribution)"). */
  scoredSuffix: string;
  weightedSuffix: string;
  helperHeaders: readonly string[];
  /** The scored block, from the filled-in matrix (valued columns holding v(x)), as the engine computes it. */
  scoredBlock(
    filled: DenseMatrix,
    directions: readonly Direction[],
    parameters: readonly Readonly<Record<string, unknown>>[],
    valued: readonly boolean[],
  ): DenseMatrix;
  helperCells(row: SheetCriterionRow): SheetCell[];
  /** The formula of alternative `i`'s cell of the scored block, whose filled-in value is at `value`. */
  scoredFormula(row: SheetCriterionRow, value: string, i: number): string;
  scoreFormula(refs: SheetScoreRefs): string;
};
