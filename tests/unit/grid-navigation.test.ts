import { describe, expect, it } from "vitest";
import { moveInGrid, navMark, parseNavMark, type GridPosition, type GridShape } from "@/components/matrix/grid-navigation";

// A grouped matrix: a category heading at rows 0 and 3, data rows 1, 2 and 4; three value columns.
const shape: GridShape = { rows: 5, columns: 3, isHeading: (row) => row === 0 || row === 3, pageRows: 2 };
const at = (row: number, column: number): GridPosition => ({ row, column });

describe("moveInGrid", () => {
  it("moves by arrows within the grid and stops at its edges", () => {
    expect(moveInGrid(at(1, 0), { key: "ArrowRight" }, shape)).toEqual(at(1, 1));
    expect(moveInGrid(at(1, 2), { key: "ArrowRight" }, shape)).toBeNull();
    expect(moveInGrid(at(1, 0), { key: "ArrowLeft" }, shape)).toBeNull();
    expect(moveInGrid(at(1, 1), { key: "ArrowUp" }, shape)).toEqual(at(0, 1));
    expect(moveInGrid(at(-1, 1), { key: "ArrowUp" }, shape)).toBeNull();
    expect(moveInGrid(at(4, 1), { key: "ArrowDown" }, shape)).toBeNull();
  });

  it("keeps the column through a category heading, where left and right do nothing", () => {
    const onHeading = moveInGrid(at(2, 2), { key: "ArrowDown" }, shape)!;
    expect(onHeading).toEqual(at(3, 2));
    expect(moveInGrid(onHeading, { key: "ArrowLeft" }, shape)).toBeNull();
    expect(moveInGrid(onHeading, { key: "ArrowDown" }, shape)).toEqual(at(4, 2));
  });

  it("goes to the row's ends with Home and End, to the grid's with Ctrl or Cmd, and by pages", () => {
    expect(moveInGrid(at(2, 1), { key: "Home" }, shape)).toEqual(at(2, 0));
    expect(moveInGrid(at(2, 1), { key: "End" }, shape)).toEqual(at(2, 2));
    expect(moveInGrid(at(2, 1), { key: "Home", ctrlKey: true }, shape)).toEqual(at(-1, 0));
    expect(moveInGrid(at(2, 1), { key: "End", metaKey: true }, shape)).toEqual(at(4, 2));
    expect(moveInGrid(at(1, 1), { key: "PageDown" }, shape)).toEqual(at(3, 1));
    expect(moveInGrid(at(4, 1), { key: "PageDown" }, shape)).toBeNull();
    expect(moveInGrid(at(1, 1), { key: "PageUp" }, shape)).toEqual(at(-1, 1));
  });

  it("walks every control in reading order with Tab, and back with Shift+Tab, leaving the grid at its ends", () => {
    const order: GridPosition[] = [at(-1, 0)];
    for (let p = moveInGrid(order[0]!, { key: "Tab" }, shape); p; p = moveInGrid(p, { key: "Tab" }, shape)) order.push(p);
    const marks = order.map((p) => navMark(p, shape.isHeading));
    expect(marks).toEqual(["-1:0", "-1:1", "-1:2", "0:g", "1:0", "1:1", "1:2", "2:0", "2:1", "2:2", "3:g", "4:0", "4:1", "4:2"]);
    const back: GridPosition[] = [order[order.length - 1]!];
    for (let p = moveInGrid(back[0]!, { key: "Tab", shiftKey: true }, shape); p; p = moveInGrid(p, { key: "Tab", shiftKey: true }, shape)) back.push(p);
    expect(back.map((p) => navMark(p, shape.isHeading))).toEqual([...marks].reverse());
  });

  it("ignores other keys and a grid without columns", () => {
    expect(moveInGrid(at(1, 1), { key: "a" }, shape)).toBeNull();
    expect(moveInGrid(at(-1, 0), { key: "ArrowDown" }, { ...shape, columns: 0 })).toBeNull();
  });

  it("reads a control's mark back, a heading's with the column it remembers", () => {
    expect(parseNavMark("-1:4", 0)).toEqual(at(-1, 4));
    expect(parseNavMark("3:g", 2)).toEqual(at(3, 2));
    expect(parseNavMark("x", 0)).toBeNull();
  });
});
