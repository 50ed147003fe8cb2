/**
 * Where a key moves the focus in the matrix, whatever part of it is drawn. Row -1 is the header
 * row (the sort buttons); rows from 0 are the body's rows, each a category's heading (one
 * control: its toggle) or a data row; columns count the value columns, from 0. The column is
 * kept across a category's heading, so going down through it returns to the same column.
 */
export type GridPosition = { row: number; column: number };

export type GridShape = {
  /** Body rows (category headings and data rows) and value columns. */
  rows: number;
  columns: number;
  isHeading: (row: number) => boolean;
  /** Rows a Page Up or Page Down moves by. */
  pageRows: number;
};

type GridKey = { key: string; shiftKey?: boolean; ctrlKey?: boolean; metaKey?: boolean };

const clamp = (n: number, low: number, high: number) => Math.min(high, Math.max(low, n));

/** The next control in reading order (the order Tab walks), or null past the last. */
function next({ row, column }: GridPosition, shape: GridShape): GridPosition | null {
  if (row >= 0 && shape.isHeading(row)) return row + 1 < shape.rows ? { row: row + 1, column: 0 } : null;
  if (column + 1 < shape.columns) return { row, column: column + 1 };
  return row + 1 < shape.rows ? { row: row + 1, column: 0 } : null;
}

/** The previous control in reading order (the order Shift+Tab walks), or null before the first. */
function previous({ row, column }: GridPosition, shape: GridShape): GridPosition | null {
  if (row >= 0 && !shape.isHeading(row) && column > 0) return { row, column: column - 1 };
  if (row === -1) return column > 0 ? { row, column: column - 1 } : null;
  return { row: row - 1, column: shape.columns - 1 };
}

/** The arrow key the grid reads for the one pressed: a right-to-left grid runs its columns leftwards. */
export function visualArrow(key: string, rtl: boolean): string {
  if (!rtl) return key;
  return key === "ArrowLeft" ? "ArrowRight" : key === "ArrowRight" ? "ArrowLeft" : key;
}

/**
 * The position a key moves to from `at`, or null when the key is not the grid's or leads out
 * of it (Tab past the last control, Shift+Tab before the first: the browser moves on). Arrows
 * move by one, Home and End to the row's ends (with Ctrl or Cmd to the grid's), Page Up and
 * Page Down by a page of rows.
 */
export function moveInGrid(at: GridPosition, key: GridKey, shape: GridShape): GridPosition | null {
  if (shape.columns === 0) return null;
  const lastRow = shape.rows - 1;
  const onHeading = at.row >= 0 && shape.isHeading(at.row);
  const move = (row: number, column: number): GridPosition | null => {
    const to = { row: clamp(row, -1, lastRow), column: clamp(column, 0, shape.columns - 1) };
    return to.row === at.row && to.column === at.column ? null : to;
  };
  switch (key.key) {
    case "Tab":
      return key.shiftKey ? previous(at, shape) : next(at, shape);
    case "ArrowRight":
      return onHeading ? null : move(at.row, at.column + 1);
    case "ArrowLeft":
      return onHeading ? null : move(at.row, at.column - 1);
    case "ArrowDown":
      return move(at.row + 1, at.column);
    case "ArrowUp":
      return move(at.row - 1, at.column);
    case "PageDown":
      return move(at.row + shape.pageRows, at.column);
    case "PageUp":
      return move(at.row - shape.pageRows, at.column);
    case "Home":
      return key.ctrlKey || key.metaKey ? move(-1, 0) : onHeading ? null : move(at.row, 0);
    case "End":
      return key.ctrlKey || key.metaKey ? move(lastRow, shape.columns - 1) : onHeading ? null : move(at.row, shape.columns - 1);
    default:
      return null;
  }
}

/** The `data-nav` mark of the control at a position: a category heading has one control, whatever the column. */
export function navMark({ row, column }: GridPosition, isHeading: (row: number) => boolean): string {
  return row >= 0 && isHeading(row) ? `${row}:g` : `${row}:${column}`;
}

/** The position a `data-nav` mark names (the column of a heading's is kept from `remembered`). */
export function parseNavMark(mark: string, remembered: number): GridPosition | null {
  const match = /^(-?\d+):(\d+|g)$/.exec(mark);
  if (!match) return null;
  return { row: Number(match[1]), column: match[2] === "g" ? remembered : Number(match[2]) };
}
