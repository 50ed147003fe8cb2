import type { Confidence } from "../domain/vocabulary";
import type { RawMatrix } from "../scoring/types";
import { CONFIDENCE_OF_LETTER, type CompareMatrix, NO_ASSESSMENT } from "./compare-matrix";

/** What a matrix cell shows: the value (null where the source is silent), its confidence, and whether it is contested. */
export type CellMark = { value: number | null; confidence: Confidence; contested: boolean };

/**
 * Constant-time lookups into a CompareMatrix by slug or by position: a framework's row and a
 * criterion's column are found once in a Map, then every cell is read by index.
 */
export type CellIndex = {
  matrix: CompareMatrix;
  /** The row of a framework, or -1 for one the matrix does not hold. */
  row(framework: string): number;
  /** The column of a criterion, or -1 for one the matrix does not hold. */
  column(criterion: string): number;
  /** The cell at a row and column; undefined where there is no assessment (or no such row or column). */
  at(row: number, column: number): CellMark | undefined;
  /** The value at a row and column; null where there is none. */
  value(row: number, column: number): number | null;
  /** Whether the assessment at a row and column cites the source (false where there is none). */
  supports(source: string, row: number, column: number): boolean;
};

export function cellIndex(matrix: CompareMatrix): CellIndex {
  const rows = new Map(matrix.frameworks.map((slug, i) => [slug, i]));
  const columns = new Map(matrix.criteria.map((slug, j) => [slug, j]));
  const key = (row: number, column: number) => row * matrix.criteria.length + column;
  const contested = new Set(matrix.contested.map(([i, j]) => key(i, j)));
  const support = new Map(
    Object.entries(matrix.support).map(([source, s]) => [
      source,
      { listed: new Set(("cites" in s ? s.cites : s.omits).map(([i, j]) => key(i, j))), cites: "cites" in s },
    ]),
  );
  return {
    matrix,
    row: (framework) => rows.get(framework) ?? -1,
    column: (criterion) => columns.get(criterion) ?? -1,
    at(row, column) {
      const confidence = CONFIDENCE_OF_LETTER[matrix.confidence[row]?.[column] ?? ""];
      return confidence ? { value: matrix.values[row]![column] ?? null, confidence, contested: contested.has(key(row, column)) } : undefined;
    },
    value: (row, column) => matrix.values[row]?.[column] ?? null,
    supports(source, row, column) {
      const s = support.get(source);
      if (!s || matrix.confidence[row]?.[column] === undefined || matrix.confidence[row]![column] === NO_ASSESSMENT) return false;
      return s.listed.has(key(row, column)) === s.cites;
    },
  };
}

/**
 * The values of the given frameworks on the given criteria (rows by frameworks, columns by
 * criteria), null where the matrix holds none: the input of the engine. Rows are shared with
 * the matrix when its columns are the criteria asked for, as they are on /compare.
 */
export function valueRows(index: CellIndex, frameworks: readonly string[], criteria: readonly { slug: string }[]): RawMatrix {
  const columns = criteria.map((c) => index.column(c.slug));
  const aligned = columns.length === index.matrix.criteria.length && columns.every((column, j) => column === j);
  return frameworks.map((slug) => {
    const row = index.row(slug);
    if (row < 0) return columns.map(() => null);
    return aligned ? index.matrix.values[row]! : columns.map((column) => index.value(row, column));
  });
}
